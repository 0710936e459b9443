package org.safeguarding.audit.run;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * The worker threads of the job's partitioned steps (files loaded at once, ranges of cases scored
 * at once), and the database connections they need.
 */
final class PartitionWorkers {

	/**
	 * Connections a partitioned step needs besides its workers': the job repository's, on the
	 * thread that waits for the workers, and one spare.
	 */
	static final int OTHER_CONNECTIONS = 2;

	/** Connections the instance needs besides its runs': its liveness lock, and the pages and API. */
	static final int INSTANCE_CONNECTIONS = 3;

	private PartitionWorkers() {
	}

	/**
	 * A partitioned step: {@code partitioner}'s partitions run as {@code worker} on at most
	 * {@code workers} threads at once (named after the worker step), each holding
	 * {@code connectionsPerWorker} connections.
	 */
	static Step step(String name, JobRepository jobRepository, Partitioner partitioner, Step worker, String property,
			int workers, int connectionsPerWorker, DataSource dataSource, int concurrentRuns) {
		checkConnections(dataSource, property, workers, connectionsPerWorker, concurrentRuns);
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.step(worker)
			.gridSize(workers)
			.taskExecutor(executor(worker.getName() + "-", workers))
			.build();
	}

	/**
	 * At most {@code workers} threads at once, named {@code prefix}1, {@code prefix}2, ..., each
	 * in the job scope of the execution that started it: Spring Batch keeps that scope per thread
	 * (spring-batch#1335), and the workers' step-scoped beans are made from the job-scoped
	 * {@link RunInputs}, read once per execution.
	 */
	static TaskExecutor executor(String prefix, int workers) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
		executor.setConcurrencyLimit(workers);
		executor.setTaskDecorator(PartitionWorkers::inJobScope);
		return executor;
	}

	private static Runnable inJobScope(Runnable task) {
		JobContext job = JobSynchronizationManager.getContext();
		if (job == null) {
			return task;
		}
		JobExecution execution = job.getJobExecution();
		return () -> {
			JobSynchronizationManager.register(execution);
			try {
				task.run();
			}
			finally {
				// Leaves the scope without ending it (release() would close the job's scoped
				// beans under the job's own thread, which ends the scope when the job ends).
				JobSynchronizationManager.close();
			}
		};
	}

	/**
	 * Fails at start-up when the connection pool cannot hold every worker's connections at once:
	 * a worker left waiting would fail after the pool's time-out, in the middle of a run.
	 */
	static void checkConnections(DataSource dataSource, String property, int workers, int perWorker,
			int concurrentRuns) {
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
				int needed = concurrentRuns * (workers * perWorker + OTHER_CONNECTIONS) + INSTANCE_CONNECTIONS;
				if (pool < needed) {
					throw new IllegalStateException(property + "=" + workers + " with audit.runs.concurrent="
							+ concurrentRuns + " needs " + needed + " database connections but the pool has " + pool
							+ ": lower them, or raise spring.datasource.hikari.maximum-pool-size");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the connection pool's size: " + ex.getMessage(), ex);
		}
	}
}
