package org.safeguarding.audit.run;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.JobSchedule;
import org.safeguarding.audit.jobs.Sources;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators ask of the engine (the operator console and the API): run a job for a period,
 * backfill a range of periods, restart or stop a run. Every request is checked before anything is
 * queued, and each wrong field is named with its value.
 */
@Component
public class RunRequests {

	/** The most periods one backfill may queue (ten years of months). */
	static final int MAX_BACKFILL = 120;

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JobDefinitions jobs;

	private final Sources sources;

	private final Runs runs;

	private final RunEngine engine;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	RunRequests(JobDefinitions jobs, Sources sources, Runs runs, RunEngine engine, JdbcClient jdbc) {
		this(jobs, sources, runs, engine, jdbc, Clock.systemUTC());
	}

	RunRequests(JobDefinitions jobs, Sources sources, Runs runs, RunEngine engine, JdbcClient jdbc, Clock clock) {
		this.jobs = jobs;
		this.sources = sources;
		this.runs = runs;
		this.engine = engine;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a run of {@code jobId} for {@code period}, asked for by {@code user}; returns its id. */
	public long request(String jobId, String period, String user) {
		JobDefinition job = job(jobId);
		YearMonth month = endedPeriod("period", period, job);
		if (!this.sources.forJob(job).hasDropFor(month)) {
			throw new NoDropException("no drop for " + month + " in job '" + job.id() + "''s source ("
					+ job.source().kind() + ")");
		}
		long id = this.runs.queue(newRun(job, month, user));
		this.engine.wakeUp();
		return id;
	}

	/** Queues one run per period from {@code from} to {@code to}, oldest first, run one at a time. */
	@Transactional
	public List<Long> backfill(String jobId, String from, String to, String user) {
		JobDefinition job = job(jobId);
		YearMonth first = endedPeriod("from", from, job);
		YearMonth last = endedPeriod("to", to, job);
		if (last.isBefore(first)) {
			throw new InvalidRequestException("to", "to '" + to + "' is before from '" + from + "'");
		}
		if (first.plusMonths(MAX_BACKFILL).isBefore(last.plusMonths(1))) {
			throw new InvalidRequestException("to", "a backfill covers at most " + MAX_BACKFILL + " periods (" + from
					+ " to " + to + " is more)");
		}
		long backfill = this.jdbc.sql("""
				insert into backfill (job_id, from_period, to_period, requested_by, requested_at)
				values (:job, :from, :to, :user, now()) returning id""")
			.param("job", job.id())
			.param("from", first.toString())
			.param("to", last.toString())
			.param("user", user)
			.query(Long.class)
			.single();
		List<Long> ids = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			ids.add(this.runs.queue(newRun(job, month, user).inBackfill(backfill)));
		}
		this.engine.wakeUp();
		return ids;
	}

	/** Queues a failed or stopped run again, to continue from the step that failed. */
	public Run restart(long runId) {
		Run run = this.runs.requeueForRestart(runId);
		this.engine.wakeUp();
		return run;
	}

	/** Stops a queued run at once, a running one at its next chunk boundary. */
	public Run stop(long runId) {
		Run run = this.runs.requestStop(runId);
		this.engine.wakeUp();
		return run;
	}

	private NewRun newRun(JobDefinition job, YearMonth month, String user) {
		return NewRun.forJob(job.id(), month.toString(), user, job.tool().toString(), job.outFor(month.toString()).toString());
	}

	private JobDefinition job(String jobId) {
		if (jobId == null || jobId.isBlank()) {
			throw new InvalidRequestException("job", "job is missing");
		}
		return this.jobs.find(jobId)
			.orElseThrow(() -> new InvalidRequestException("job", "job '" + jobId + "' is not a job of "
					+ this.jobs.folder().getFileName() + "/ (known: " + String.join(", ",
							this.jobs.all().stream().map(JobDefinition::id).toList()) + ")"));
	}

	/** A month that has ended in the job's time zone (a run audits a whole month). */
	private YearMonth endedPeriod(String field, String text, JobDefinition job) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(field, field + " is missing (a month, YYYY-MM)");
		}
		YearMonth month;
		try {
			if (!PERIOD.matcher(text).matches()) {
				throw new DateTimeException(text);
			}
			month = YearMonth.parse(text);
		}
		catch (DateTimeException ex) {
			throw new InvalidRequestException(field, field + " '" + text + "' is not a month (YYYY-MM)");
		}
		ZoneId zone = job.schedule().map(JobSchedule::zone).orElse(ZoneId.of("Europe/London"));
		if (!month.isBefore(YearMonth.now(this.clock.withZone(zone)))) {
			throw new InvalidRequestException(field, field + " '" + text + "' has not ended yet (it ends on "
					+ LONG_DATE.format(month.atEndOfMonth()) + ")");
		}
		return month;
	}
}
