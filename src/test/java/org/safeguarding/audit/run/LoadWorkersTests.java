package org.safeguarding.audit.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The load step's threads, its manager's sums and failures, and the connections it needs. */
class LoadWorkersTests {

	@Test
	void workersRunOnThreadsNamedLoadInTheJobScopeOfTheirJob() throws Exception {
		JobExecution job = MetaDataInstanceFactory.createJobExecution();
		CompletableFuture<String> seen = new CompletableFuture<>();
		JobSynchronizationManager.register(job);
		try {
			LoadWorkers.executor(2).execute(() -> seen.complete(Thread.currentThread().getName() + " "
					+ JobSynchronizationManager.getContext().getJobExecution().getId()));
		}
		finally {
			JobSynchronizationManager.release();
		}

		assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("load-1 " + job.getId());
	}

	@Test
	void managerSumsItsWorkersAndReportsAFailedWorkersFailureFirst() {
		StepExecution manager = MetaDataInstanceFactory.createStepExecution("loadExtractStep", 1L);
		StepExecution done = worker("loadFilesStep:partition0", 100, BatchStatus.COMPLETED);
		StepExecution failed = worker("loadFilesStep:partition1", 20, BatchStatus.FAILED);
		failed.addFailureException(new IllegalStateException("ssd_person.csv: the disk went away"));

		LoadWorkers.aggregator().aggregate(manager, List.of(done, failed));

		assertThat(manager.getReadCount()).isEqualTo(120);
		assertThat(manager.getWriteCount()).isEqualTo(120);
		assertThat(manager.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(manager.getFailureExceptions()).extracting(Throwable::getMessage)
			.containsExactly("ssd_person.csv: the disk went away");
	}

	@Test
	void poolMustHoldEveryWorkerAndTwoMore() {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setMaximumPoolSize(6);

			assertThatNoException().isThrownBy(() -> LoadWorkers.checkConnections(pool, 4));
			assertThatIllegalStateException().isThrownBy(() -> LoadWorkers.checkConnections(pool, 5))
				.withMessageContaining("audit.run.load-partitions=5 needs 7 database connections but the pool has 6");
		}
	}

	private static StepExecution worker(String name, long rows, BatchStatus status) {
		StepExecution worker = MetaDataInstanceFactory.createStepExecution(name, 2L);
		worker.setReadCount(rows);
		worker.setWriteCount(rows);
		worker.setStatus(status);
		return worker;
	}
}
