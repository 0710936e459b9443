package org.safeguarding.audit.run;

import java.sql.SQLException;
import java.util.Collection;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** The threads of the partitioned load step, and what its manager step reports of them. */
final class LoadWorkers {

	/**
	 * Connections the load needs besides one per worker: the job repository's, on the thread
	 * that waits for the workers, and one spare.
	 */
	static final int OTHER_CONNECTIONS = 2;

	private LoadWorkers() {
	}

	/**
	 * At most {@code workers} threads at once, named load-1, load-2, ..., each in the job scope
	 * of the execution that started it: Batch keeps that scope per thread (spring-batch#1335),
	 * and a worker's tasklet is made from job-scoped {@link RunInputs}.
	 */
	static TaskExecutor executor(int workers) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
		executor.setConcurrencyLimit(workers);
		executor.setTaskDecorator(LoadWorkers::inJobScope);
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
				// Leaves the scope without ending it: the job's own thread ends it.
				JobSynchronizationManager.close();
			}
		};
	}

	/**
	 * Sums the workers' counts into the manager step (which the benchmark reads) and gives it the
	 * failures of the workers that failed, first, so a failed load's one-line reason is the
	 * worker's (naming its file) rather than the manager's "a partition failed".
	 */
	static StepExecutionAggregator aggregator() {
		DefaultStepExecutionAggregator sums = new DefaultStepExecutionAggregator();
		return (StepExecution manager, Collection<StepExecution> workers) -> {
			sums.aggregate(manager, workers);
			workers.stream()
				.filter(worker -> worker.getStatus().isUnsuccessful())
				.flatMap(worker -> worker.getFailureExceptions().stream())
				.forEach(manager::addFailureException);
		};
	}

	/**
	 * Fails at start-up when the connection pool cannot hold every worker's transaction at once:
	 * a worker left waiting would fail after the pool's time-out, in the middle of a load.
	 */
	static void checkConnections(DataSource dataSource, int workers) {
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
				if (pool < workers + OTHER_CONNECTIONS) {
					throw new IllegalStateException("audit.run.load-partitions=" + workers + " needs "
							+ (workers + OTHER_CONNECTIONS) + " database connections but the pool has " + pool
							+ ": lower it, or (external database) raise spring.datasource.hikari.maximum-pool-size");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the connection pool's size: " + ex.getMessage(), ex);
		}
	}
}
