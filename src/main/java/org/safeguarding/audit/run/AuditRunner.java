package org.safeguarding.audit.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts {@code auditJob} for one drop and period and says how it ended. Each request is a new
 * job instance (the request time is identifying): loads and runs are idempotent by design, so
 * running a month again replaces its results instead of being refused as "already complete".
 */
@Component
public class AuditRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);

	private final JobOperator jobOperator;

	private final Job auditJob;

	private final RunProperties properties;

	AuditRunner(JobOperator jobOperator, Job auditJob, RunProperties properties) {
		this.jobOperator = jobOperator;
		this.auditJob = auditJob;
		this.properties = properties;
	}

	/** Runs the audit; {@code tool} may be null for the configured default. */
	public RunResult run(Path extract, String period, Path tool, Path out) throws Exception {
		String toolFile = (tool != null) ? tool.toString() : this.properties.tool();
		JobParameters parameters = new JobParametersBuilder()
			.addString("extract", extract.toAbsolutePath().normalize().toString())
			.addString("period", period)
			.addString("tool", Path.of(toolFile).toAbsolutePath().normalize().toString())
			.addString("out", out.toAbsolutePath().normalize().toString(), false)
			.addLong("requestedAt", System.currentTimeMillis())
			.toJobParameters();
		JobExecution execution = this.jobOperator.start(this.auditJob, parameters);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			log.info("auditJob execution {} completed: {}", execution.getId(), out.toAbsolutePath().normalize());
			return new RunResult(execution.getId(), true, false, null);
		}
		List<Throwable> failures = failuresInOrder(execution);
		Throwable cause = failures.isEmpty() ? null : RunFailures.rootInputProblem(failures.get(0));
		String reason = (cause != null) ? RunFailures.oneLine(cause) : "auditJob ended " + execution.getStatus();
		return new RunResult(execution.getId(), false, RunFailures.isInputProblem(cause), reason);
	}

	/**
	 * The job's failures, then each step's in the order the steps ran: the first is the one to
	 * report. ({@code getAllFailureExceptions()} is a set, in no order; the load step's manager
	 * lists its failed worker's failure before its own "a partition failed".)
	 */
	private static List<Throwable> failuresInOrder(JobExecution execution) {
		List<Throwable> failures = new ArrayList<>(execution.getFailureExceptions());
		for (StepExecution step : execution.getStepExecutions()) {
			failures.addAll(step.getFailureExceptions());
		}
		return failures;
	}

	/** How a run ended: {@code refused} when its input (drop, tool, period) was at fault. */
	public record RunResult(long jobExecutionId, boolean completed, boolean refused, String reason) {
	}
}
