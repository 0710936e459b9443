package org.safeguarding.audit.run;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.JobSchedule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jobs as operators see them: schedule, zone, next fire time, paused or not, and the latest
 * run; and pausing and resuming a schedule, kept in the database so it holds across restarts and
 * for every instance.
 */
@Component
public class JobSchedules {

	private final JobDefinitions jobs;

	private final JdbcClient jdbc;

	private final Runs runs;

	private final Clock clock;

	@Autowired
	JobSchedules(JobDefinitions jobs, JdbcClient jdbc, Runs runs) {
		this(jobs, jdbc, runs, Clock.systemUTC());
	}

	JobSchedules(JobDefinitions jobs, JdbcClient jdbc, Runs runs, Clock clock) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.runs = runs;
		this.clock = clock;
	}

	/** Every job with its schedule's state, in job-id order. */
	public List<JobState> all() {
		return this.jobs.all().stream().map(this::state).toList();
	}

	public Optional<JobState> find(String jobId) {
		return this.jobs.find(jobId).map(this::state);
	}

	/** Pauses the job's schedule: its fire times pass without a run until it is resumed. */
	public JobState pause(String jobId, String user) {
		return setPaused(jobId, true, user);
	}

	/** Resumes the job's schedule from now: fire times passed while paused are not run. */
	public JobState resume(String jobId, String user) {
		return setPaused(jobId, false, user);
	}

	private JobState setPaused(String jobId, boolean paused, String user) {
		JobDefinition job = this.jobs.find(jobId)
			.orElseThrow(() -> new InvalidRequestException("job", "job '" + jobId + "' is not a job"));
		if (job.schedule().isEmpty()) {
			throw new RunConflictException("job '" + jobId + "' has no schedule to pause or resume");
		}
		this.jdbc.sql("""
				insert into job_schedule (job_id, paused, changed_by, changed_at, checked_until)
				values (:job, :paused, :user, :now, :now)
				on conflict (job_id) do update set paused = excluded.paused, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at,
				    checked_until = case when excluded.paused then job_schedule.checked_until else excluded.checked_until end""")
			.param("job", jobId)
			.param("paused", paused)
			.param("user", user)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return state(job);
	}

	private JobState state(JobDefinition job) {
		boolean paused = this.jdbc.sql("select paused from job_schedule where job_id = :job")
			.param("job", job.id())
			.query(Boolean.class)
			.optional()
			.orElse(false);
		Instant next = (paused || job.schedule().isEmpty()) ? null
				: job.schedule().get().nextFireAfter(this.clock.instant());
		Optional<Run> latest = this.runs.latestOf(job.id());
		return new JobState(job, job.schedule().orElse(null), paused, next, latest.orElse(null));
	}

	/** A job as operators see it; {@code schedule} null for a job run only on request. */
	public record JobState(JobDefinition job, JobSchedule schedule, boolean paused, Instant nextFire, Run latestRun) {
	}
}
