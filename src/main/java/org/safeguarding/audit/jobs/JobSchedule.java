package org.safeguarding.audit.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job runs by itself (jobs.md, {@code schedule}).
 *
 * @param cron Spring's six-field cron expression, read in {@code zone}
 * @param zone the time zone of the cron expression and of "the last complete month"
 * @param runMissedOnce what to do with fire times missed while no instance ran: {@code true}
 * ({@code run-once}) runs the latest of them once, {@code false} ({@code skip}) runs none
 * @param waitForDrop how long a scheduled run whose drop has not arrived is retried (hourly)
 */
public record JobSchedule(String cronText, CronExpression cron, ZoneId zone, boolean runMissedOnce,
		Duration waitForDrop) {

	/** The first fire time strictly after {@code after}, or null when there is none. */
	public Instant nextFireAfter(Instant after) {
		ZonedDateTime next = this.cron.next(after.atZone(this.zone));
		return (next != null) ? next.toInstant() : null;
	}

	/** The period a run fired at {@code fireTime} audits: the last complete month in the zone. */
	public YearMonth periodFor(Instant fireTime) {
		return YearMonth.from(fireTime.atZone(this.zone)).minusMonths(1);
	}
}
