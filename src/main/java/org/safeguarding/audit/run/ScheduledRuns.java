package org.safeguarding.audit.run;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.JobSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each job's schedule into runs, exactly once per fire time however many instances share
 * the database: each job's schedule row is locked while its fire times are dealt with and moved
 * on ({@code checked_until}), and a fire time's run is unique per job (a unique index). A fire
 * time seen within {@link #ON_TIME} is run; older ones were missed while no instance ran and
 * follow the job's {@code missed}: {@code run-once} runs the latest of them once, {@code skip}
 * none. A paused schedule's fire times are passed over.
 */
@Component
public class ScheduledRuns {

	/** How late a fire time may be seen and still count as on time, not missed. */
	static final Duration ON_TIME = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final JdbcClient jdbc;

	private final JobDefinitions jobs;

	private final Runs runs;

	private final TransactionTemplate transaction;

	ScheduledRuns(JdbcClient jdbc, JobDefinitions jobs, Runs runs, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Queues the runs of every fire time up to {@code now}; returns their ids.
	 * @param once {@code serve --once}: an external scheduler started this instance for the
	 * latest fire time, which is run however late it is seen (the earlier unseen ones follow
	 * {@code missed})
	 */
	public List<Long> tick(Instant now, boolean once) {
		List<Long> queued = new ArrayList<>();
		for (JobDefinition job : this.jobs.all()) {
			if (job.schedule().isPresent()) {
				queued.addAll(this.transaction.execute(status -> tick(job, job.schedule().get(), now, once)));
			}
		}
		return queued;
	}

	/** Queues the runs of one job's fire times up to {@code now} (as {@link #tick(Instant, boolean)}). */
	List<Long> tick(String jobId, Instant now, boolean once) {
		JobDefinition job = this.jobs.find(jobId).orElseThrow();
		return this.transaction.execute(status -> tick(job, job.schedule().orElseThrow(), now, once));
	}

	private List<Long> tick(JobDefinition job, JobSchedule schedule, Instant now, boolean once) {
		Instant start = once ? latestFireAtOrBefore(schedule, now).map(t -> t.minusSeconds(1)).orElse(now) : now;
		this.jdbc.sql("insert into job_schedule (job_id, checked_until) values (:job, :start) on conflict do nothing")
			.param("job", job.id())
			.param("start", start.atOffset(ZoneOffset.UTC))
			.update();
		ScheduleRow row = this.jdbc.sql("select paused, checked_until from job_schedule where job_id = :job for update")
			.param("job", job.id())
			.query(ScheduleRow.class)
			.single();
		List<Long> queued = new ArrayList<>();
		if (!row.paused()) {
			List<Instant> onTime = new ArrayList<>();
			Instant latestMissed = null;
			for (Instant fire : fireTimes(schedule, row.checkedUntil().toInstant(), now)) {
				boolean due = Duration.between(fire, now).compareTo(ON_TIME) <= 0
						|| (once && fire.equals(latestFireAtOrBefore(schedule, now).orElse(null)));
				if (due) {
					onTime.add(fire);
				}
				else {
					latestMissed = fire;
				}
			}
			if (latestMissed != null) {
				log.warn("Job {}: fire times up to {} were missed while no instance ran; {}", job.id(), latestMissed,
						schedule.runMissedOnce() ? "the latest runs once" : "skipped (missed: skip)");
				if (schedule.runMissedOnce()) {
					onTime.add(0, latestMissed);
				}
			}
			for (Instant fire : onTime) {
				queue(job, schedule, fire).ifPresent(queued::add);
			}
		}
		this.jdbc.sql("update job_schedule set checked_until = :now where job_id = :job")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("job", job.id())
			.update();
		return queued;
	}

	private Optional<Long> queue(JobDefinition job, JobSchedule schedule, Instant fire) {
		String period = schedule.periodFor(fire).toString();
		Optional<Long> id = this.runs.queueFired(NewRun.forJob(job.id(), period, "schedule", job.tool().toString(),
				job.outFor(period).toString()).firedAt(fire));
		id.ifPresentOrElse(run -> log.info("Job {}: fire time {} queued run {} for {}", job.id(), fire, run, period),
				() -> log.info("Job {}: fire time {} for {} was already queued, or {} is already queued or running",
						job.id(), fire, period, period));
		return id;
	}

	/** The fire times in (after, until]. */
	static List<Instant> fireTimes(JobSchedule schedule, Instant after, Instant until) {
		List<Instant> times = new ArrayList<>();
		Instant next = schedule.nextFireAfter(after);
		while (next != null && !next.isAfter(until)) {
			times.add(next);
			next = schedule.nextFireAfter(next);
		}
		return times;
	}

	private static Optional<Instant> latestFireAtOrBefore(JobSchedule schedule, Instant now) {
		Instant latest = null;
		// Cron has no "previous": step forward from a year back (schedules fire at least yearly).
		for (Instant fire : fireTimes(schedule, now.minus(Duration.ofDays(400)), now)) {
			latest = fire;
		}
		return Optional.ofNullable(latest);
	}

	record ScheduleRow(boolean paused, OffsetDateTime checkedUntil) {
	}
}
