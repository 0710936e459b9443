package org.safeguarding.audit.run;

import org.safeguarding.audit.extract.ExtractLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What is done for runs beyond carrying them out: a run whose instance died is marked
 * {@code FAILED} (by exactly one of the instances that notice) with its Spring Batch execution
 * marked failed too, so it can be restarted, and only its own unfinished load is removed; a run an
 * operator stops is stopped at its next chunk boundary by the instance running it.
 */
@Component
class RunRecovery {

	private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

	private final Runs runs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ExtractLoads loads;

	RunRecovery(Runs runs, JobOperator jobOperator, JobRepository jobRepository, ExtractLoads loads) {
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.loads = loads;
	}

	/** Marks failed every run left {@code RUNNING} by an instance that is no longer alive. */
	void recoverOrphans() {
		for (Run run : this.runs.orphaned()) {
			// Cleaned up first, so that a run seen FAILED is one that can be restarted: its partial
			// load gone and its execution marked failed. Each step is harmless done twice, should
			// two instances notice the same orphan at once; only one of them marks it.
			this.loads.removeUnfinished(run.id());
			if (run.jobExecutionId() != null) {
				JobExecution execution = this.jobRepository.getJobExecution(run.jobExecutionId());
				if (execution != null && execution.isRunning()) {
					this.jobOperator.recover(execution);
				}
			}
			String reason = "the instance running it (" + run.instanceId() + ") stopped while it ran: restart it";
			if (this.runs.failOrphan(run.id(), run.instanceId(), reason)) {
				log.warn("Run {} ({} {}) failed: {}", run.id(), run.jobId(), run.period(), reason);
			}
		}
	}

	/** Asks the run's execution, on this instance, to stop at its next chunk boundary. */
	void stop(Run run) {
		JobExecution execution = this.jobRepository.getJobExecution(run.jobExecutionId());
		if (execution == null || !execution.isRunning()) {
			return;
		}
		try {
			log.info("Stopping run {} (job execution {})", run.id(), execution.getId());
			this.jobOperator.stop(execution);
		}
		catch (Exception ex) {
			log.warn("Run {} could not be stopped: {}", run.id(), RunFailures.oneLine(ex));
		}
	}

	/** Stops every run this instance is carrying out (the instance is shutting down). */
	void stopLocalRuns(long instanceId) {
		for (Run run : this.runs.running(instanceId)) {
			if (run.jobExecutionId() != null) {
				stop(run);
			}
		}
	}
}
