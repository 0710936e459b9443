package org.safeguarding.audit.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The managed executor's threads and their job scope, and the connections the partitioned steps need. */
class PartitionWorkersTests {

	@Test
	void theManagedExecutorsTasksRunInTheJobScopeOfTheirJobAndLeaveItOpen() throws Exception {
		JobExecution job = MetaDataInstanceFactory.createJobExecution();
		CompletableFuture<String> seen = new CompletableFuture<>();
		CompletableFuture<String> after = new CompletableFuture<>();
		Runnable closed = () -> seen.completeExceptionally(new AssertionError("the job's scope was ended by a worker"));
		ThreadPoolTaskExecutor workers = new AuditWorkersConfiguration()
			.auditWorkers(new AuditWorkersConfiguration.WorkersProperties(1));
		JobContext context = JobSynchronizationManager.register(job);
		try {
			context.setAttribute("runInputs", "read once");
			context.registerDestructionCallback("runInputs", closed);
			workers.execute(() -> {
				JobContext seenByWorker = JobSynchronizationManager.getContext();
				seen.complete(Thread.currentThread().getName() + " " + seenByWorker.getJobExecution().getId() + " "
						+ seenByWorker.getAttribute("runInputs"));
			});
			assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("audit-worker-1 " + job.getId() + " read once");
			// One thread: a task given from outside any job runs once the first one's scope handling
			// is over, and finds none left on the thread.
			CompletableFuture.runAsync(() -> workers.execute(() -> after.complete(
					(JobSynchronizationManager.getContext() == null) ? "no job scope left" : "a job scope left on the thread")));
			assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("no job scope left");
			assertThat(context.getAttribute("runInputs")).isEqualTo("read once");
		}
		finally {
			JobSynchronizationManager.close();
			workers.shutdown();
		}
	}

	@Test
	void poolMustHoldEveryRunsWorkersConnectionsTwoMorePerRunAndTheInstancesThree() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setMaximumPoolSize(16);
			// One run: 11 loading workers x 1 + 2 + 3 = 16; 5 scoring ranges x 2 + 2 + 3 = 15.
			assertThatNoException().isThrownBy(() -> PartitionWorkers.checkConnections(pool, "audit.run.load-partitions", 11, 1, 1));
			assertThatNoException().isThrownBy(() -> PartitionWorkers.checkConnections(pool, "audit.run.score-partitions", 5, 2, 1));
			// Two runs at once: 2 x (2 x 2 + 2) + 3 = 15; 2 x (3 x 2 + 2) + 3 = 19.
			assertThatNoException().isThrownBy(() -> PartitionWorkers.checkConnections(pool, "audit.run.score-partitions", 2, 2, 2));
			assertThatIllegalStateException()
				.isThrownBy(() -> PartitionWorkers.checkConnections(pool, "audit.run.score-partitions", 3, 2, 2))
				.withMessageContaining("audit.run.score-partitions=3 with audit.runs.concurrent=2 needs 19 database "
						+ "connections but the pool has 16");
		}
	}
}
