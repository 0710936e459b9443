package org.safeguarding.audit.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import org.safeguarding.audit.jobs.DropNotReadyException;
import org.safeguarding.audit.jobs.DropPullException;
import org.safeguarding.audit.jobs.DropState;
import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.jobs.JobSchedule;
import org.safeguarding.audit.jobs.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Carries out one run on the calling thread: finds or pulls its drop (a job's run), then starts
 * its Spring Batch job instance or, for a restart, a new execution of that instance (which
 * carries on from the step that failed), and records how it ended. A scheduled run whose drop has
 * not arrived goes back to wait, until its job's {@code wait-for-drop} has passed.
 */
@Component
public class RunLauncher {

	/** The identifying job parameter: one job instance per run. */
	public static final String RUN_PARAMETER = "run";

	private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

	private final Runs runs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job auditJob;

	private final JobDefinitions jobs;

	private final Sources sources;

	private final RunsProperties properties;

	private final RunMetrics metrics;

	private final Clock clock = Clock.systemUTC();

	RunLauncher(Runs runs, JobOperator jobOperator, JobRepository jobRepository, Job auditJob, JobDefinitions jobs,
			Sources sources, RunsProperties properties, RunMetrics metrics) {
		this.metrics = metrics;
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.auditJob = auditJob;
		this.jobs = jobs;
		this.sources = sources;
		this.properties = properties;
	}

	/** Carries out a run this instance holds as {@code RUNNING}; returns how it ended. */
	public RunOutcome execute(Run run) {
		String drop = run.dropFolder();
		if (run.jobExecutionId() == null && run.jobId() != null) {
			try {
				Path pulled = pull(run);
				drop = pulled.toString();
				this.runs.dropFolder(run.id(), drop, DropState.of(pulled).orElse(null));
			}
			catch (DropNotReadyException ex) {
				return notReady(run, ex.getMessage());
			}
			catch (DropPullException | IllegalStateException ex) {
				return end(run, RunStatus.FAILED, RunFailures.oneLine(ex), null);
			}
		}
		if (this.runs.find(run.id()).map(Run::stopRequested).orElse(false)) {
			return end(run, RunStatus.STOPPED, null, null);
		}
		JobExecution execution;
		try {
			execution = (run.jobExecutionId() == null) ? this.jobOperator.start(this.auditJob, parameters(run, drop))
					: this.jobOperator.restart(restartable(run.jobExecutionId()));
		}
		catch (Exception ex) {
			log.error("Run {} could not start: {}", run.id(), RunFailures.oneLine(ex), ex);
			return end(run, RunStatus.FAILED, RunFailures.oneLine(ex), null);
		}
		return ended(run, execution);
	}

	private Path pull(Run run) {
		JobDefinition job = this.jobs.find(run.jobId())
			.orElseThrow(() -> new IllegalStateException("job '" + run.jobId() + "' is no longer defined in "
					+ this.jobs.folder()));
		YearMonth period = YearMonth.parse(run.period());
		return this.sources.forJob(job).pull(period, this.sources.pullsFor(job, period));
	}

	/** A scheduled run waits (hourly) until its job's wait-for-drop has passed since it fired; any other fails. */
	private RunOutcome notReady(Run run, String reason) {
		JobSchedule schedule = (run.fireTime() != null)
				? this.jobs.find(run.jobId()).flatMap(JobDefinition::schedule).orElse(null) : null;
		Instant now = this.clock.instant();
		if (schedule != null) {
			Instant until = run.fireTime().toInstant().plus(schedule.waitForDrop());
			if (now.isBefore(until)) {
				Instant next = now.plus(this.properties.dropRetry());
				this.runs.waitForDrop(run.id(), reason, next.isAfter(until) ? until : next, until);
				log.info("Run {} ({} {}) waits for its drop: {}", run.id(), run.jobId(), run.period(), reason);
				return new RunOutcome(run.id(), RunStatus.WAITING_FOR_DROP, reason, null);
			}
			reason = "no complete drop within " + schedule.waitForDrop().toDays() + " days of " + run.fireTime().toLocalDate()
					+ ": " + reason;
		}
		return end(run, RunStatus.FAILED, reason, null);
	}

	private JobParameters parameters(Run run, String drop) {
		return new JobParametersBuilder().addLong(RUN_PARAMETER, run.id())
			.addString("extract", drop, false)
			.addString("period", run.period(), false)
			.addString("tool", run.toolFile(), false)
			.addString("out", run.outFolder(), false)
			.toJobParameters();
	}

	/** The run's last execution, first marked failed if its process died while running it. */
	private JobExecution restartable(long jobExecutionId) throws Exception {
		JobExecution last = this.jobRepository.getJobExecution(jobExecutionId);
		if (last == null) {
			throw new IllegalStateException("its job execution " + jobExecutionId + " is no longer recorded");
		}
		return last.isRunning() ? this.jobOperator.recover(last) : last;
	}

	private RunOutcome ended(Run run, JobExecution execution) {
		BatchStatus batch = execution.getStatus();
		Long loadId = contextLong(execution, "loadId");
		Long auditRunId = contextLong(execution, "auditRunId");
		if (batch == BatchStatus.COMPLETED) {
			log.info("Run {} completed ({} {}): {}", run.id(), (run.jobId() != null) ? run.jobId() : "drop",
					run.period(), run.outFolder());
			return end(run, RunStatus.COMPLETED, null, execution, loadId, auditRunId);
		}
		if (batch == BatchStatus.STOPPED) {
			log.info("Run {} stopped", run.id());
			return end(run, RunStatus.STOPPED, null, execution, loadId, auditRunId);
		}
		Throwable cause = RunFailures.cause(execution);
		String reason = (cause != null) ? RunFailures.oneLine(cause) : "auditJob ended " + batch;
		boolean refused = RunFailures.isInputProblem(cause);
		if (refused) {
			log.warn("Run {} refused its input: {}", run.id(), reason);
		}
		else {
			log.error("Run {} failed: {}", run.id(), reason, cause);
		}
		return end(run, refused ? RunStatus.REFUSED : RunStatus.FAILED, reason, execution, loadId, auditRunId);
	}

	private RunOutcome end(Run run, RunStatus status, String failure, JobExecution execution) {
		return end(run, status, failure, execution, null, null);
	}

	private RunOutcome end(Run run, RunStatus status, String failure, JobExecution execution, Long loadId,
			Long auditRunId) {
		this.runs.finish(run.id(), status, failure, loadId, auditRunId);
		this.metrics.ended(run, status, loadId, auditRunId);
		return new RunOutcome(run.id(), status, failure, (execution != null) ? execution.getId() : null);
	}

	private static Long contextLong(JobExecution execution, String key) {
		Object value = execution.getExecutionContext().get(key);
		return (value instanceof Number number) ? number.longValue() : null;
	}

	/** How a run ended (or that it waits for its drop). */
	public record RunOutcome(long runId, RunStatus status, String failure, Long jobExecutionId) {
	}
}
