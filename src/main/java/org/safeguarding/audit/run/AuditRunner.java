package org.safeguarding.audit.run;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts {@code auditJob} for one drop and period and says how it ended. Each request is a new
 * job instance (the request time is identifying): loads and runs are idempotent by design, so
 * running a month again replaces its results instead of being refused as "already complete".
 * A run that failed is logged here once: a refused input by its reason alone (a data officer's
 * problem, not a program's), any other failure with its stack trace (Spring Batch's own
 * step-failure trace is left off the console: application.properties).
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
		Throwable cause = RunFailures.cause(execution);
		String reason = (cause != null) ? RunFailures.oneLine(cause) : "auditJob ended " + execution.getStatus();
		boolean refused = RunFailures.isInputProblem(cause);
		if (refused) {
			log.warn("auditJob execution {} refused its input: {}", execution.getId(), reason);
		}
		else {
			log.error("auditJob execution {} failed: {}", execution.getId(), reason, cause);
		}
		return new RunResult(execution.getId(), false, refused, reason);
	}

	/** How a run ended: {@code refused} when its input (drop, tool, period) was at fault. */
	public record RunResult(long jobExecutionId, boolean completed, boolean refused, String reason) {
	}
}
