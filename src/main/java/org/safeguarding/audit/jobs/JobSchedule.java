package org.safeguarding.audit.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.LocalDateTime;

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

	/** More than any zone's clock change (at most an hour in the UK; two hours anywhere). */
	private static final Duration CLOCK_CHANGE = Duration.ofHours(3);

	/**
	 * The first fire time strictly after {@code after}, or null when there is none. The cron
	 * expression is read on the zone's wall clock, each local time once: on the spring change day a
	 * time in the skipped hour fires an hour later (01:30 at 02:30 BST), and on the autumn change
	 * day a time in the repeated hour fires once, the first time it comes (Spring's own zoned
	 * evaluation skips the first and fires twice on the second).
	 */
	public Instant nextFireAfter(Instant after) {
		// Local times are not in the instants' order across a change (the skipped hour's times come
		// after it): start early enough to meet every local time whose instant is after `after`.
		LocalDateTime local = LocalDateTime.ofInstant(after, this.zone).minus(CLOCK_CHANGE);
		while (true) {
			LocalDateTime next = this.cron.next(local);
			if (next == null) {
				return null;
			}
			Instant instant = next.atZone(this.zone).toInstant();
			if (instant.isAfter(after)) {
				return instant;
			}
			local = next;
		}
	}

	/** The period a run fired at {@code fireTime} audits: the last complete month in the zone. */
	public YearMonth periodFor(Instant fireTime) {
		return YearMonth.from(fireTime.atZone(this.zone)).minusMonths(1);
	}
}
