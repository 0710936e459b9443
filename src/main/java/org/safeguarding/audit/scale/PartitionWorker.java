package org.safeguarding.audit.scale;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.safeguarding.audit.run.EngineInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Carries out one partition a manager sent: its step execution, read from the shared job
 * repository, run by the worker step of that name (the same {@code loadFilesStep} and
 * {@code scoreCaseRangeStep} a single process runs on its own threads).
 * <p>
 * The broker removes a request only once this returns, so the request of a worker that dies is
 * given to another worker, which carries the same step execution on from its last commit (the
 * load's next file, the range's next chunk), exactly as a restart would. A session-level advisory
 * lock on the step execution's id, held while it runs, makes sure only one worker ever runs a
 * partition: a request delivered again while its first worker is still alive (the broker's
 * acknowledgement time-out) waits for that worker, and then finds the partition ended.
 */
class PartitionWorker {

	/** The advisory locks' first key for partitions (1297 is the instances'). */
	static final int LOCK_CLASS = 1298;

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final JobRepository jobRepository;

	private final StepLocator steps;

	private final DataSource dataSource;

	private final String name;

	PartitionWorker(JobRepository jobRepository, StepLocator steps, DataSource dataSource) {
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.dataSource = dataSource;
		this.name = EngineInstance.host() + " pid " + ProcessHandle.current().pid();
	}

	/** Carries out the request's partition unless it has ended; returns how it ended (null if not run). */
	BatchStatus carryOut(PartitionRequest request) {
		Step step;
		try {
			step = this.steps.getStep(request.stepName());
		}
		catch (RuntimeException ex) {
			log.warn("Partition {} names no worker step of this version: {}", request.text(), ex.getMessage());
			return null;
		}
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(true);
			EngineInstance.lock(lock, LOCK_CLASS, request.stepExecutionId());
			StepExecution execution = this.jobRepository.getStepExecution(request.stepExecutionId());
			if (execution == null || !execution.getStatus().isRunning()) {
				log.info("Partition {} has ended already ({})", request.text(),
						(execution != null) ? execution.getStatus() : "no such step execution");
				return null;
			}
			return run(step, execution);
		}
		catch (SQLException ex) {
			// The broker gives the request again (to this worker or another) once the database is back.
			throw new DataAccessResourceFailureException("partition " + request.text() + ": " + ex.getMessage(), ex);
		}
	}

	private BatchStatus run(Step step, StepExecution execution) {
		// Operators (and tests) can see which worker carried out a partition last.
		execution.getExecutionContext().putString("worker", this.name);
		log.info("Partition {} of job execution {} ({})", execution.getStepName(), execution.getJobExecutionId(),
				execution.getStatus() == BatchStatus.STARTING ? "new" : "carried on after its worker stopped");
		// The worker steps' beans are made from the run's job-scoped inputs, as on a manager's threads.
		JobSynchronizationManager.register(execution.getJobExecution());
		try {
			step.execute(execution);
		}
		catch (JobInterruptedException ex) {
			execution.setStatus(BatchStatus.STOPPED);
			this.jobRepository.update(execution);
		}
		finally {
			JobSynchronizationManager.close();
		}
		log.info("Partition {} of job execution {}: {}", execution.getStepName(), execution.getJobExecutionId(),
				execution.getStatus());
		return execution.getStatus();
	}


}
