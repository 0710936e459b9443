package org.safeguarding.audit.run;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.safeguarding.audit.scale.RemotePartitions;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;

/**
 * The job's partitioned steps (files loaded at once, ranges of cases scored at once), whose
 * workers are tasks of the one managed executor, and the database connections they need.
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
	 * {@code connectionsPerWorker} connections; or, with {@code remote} (scale-out on), on worker processes.
	 */
	static Step step(String name, JobRepository jobRepository, Partitioner partitioner, Step worker, String property,
			int workers, int connectionsPerWorker, DataSource dataSource, int concurrentRuns, TaskExecutor auditWorkers,
			RemotePartitions remote) {
		if (remote != null) {
			// audit.scale-out.workers: the partitions go to worker processes, which hold their connections.
			return remote.managerStep(name, partitioner, worker);
		}
		checkConnections(dataSource, property, workers, connectionsPerWorker, concurrentRuns);
		// At most `workers` partitions, each a task of the one managed executor (AuditWorkersConfiguration).
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.step(worker)
			.gridSize(workers)
			.taskExecutor(auditWorkers)
			.build();
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
