package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.ChildProcess;
import org.safeguarding.audit.SafeguardingAuditApplication;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.run.EngineTestSupport.ENDED;
import static org.safeguarding.audit.run.EngineTestSupport.await;

/**
 * Two instances of the application (this JVM and another process) on one PostgreSQL share one
 * queue of six periods. The other process is killed in the middle of its run's scoring: its run
 * is marked failed by this instance (its advisory lock went with its connection), restarted, and
 * carried out here; every period completes once and publishes the bytes a run on one instance
 * alone publishes.
 */
class SeveralInstancesIntegrationTests {

	static final List<String> PERIODS = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");

	static final List<String> CSV = List.of("case-results.csv", "case-scores.csv", "criteria-summary.csv",
			"rejected-rows.csv");

	@TempDir
	static Path root;

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		postgres.close();
	}

	@Test
	void sixPeriodsOnTwoInstancesOneKilledMidRunEachCompleteOnceWithTheBytesOfOneInstance() throws Exception {
		Path jobs = EngineTestSupport.jobsFolder(root);
		EngineTestSupport.folderJob(jobs, "hub", null);
		for (int i = 0; i < PERIODS.size(); i++) {
			EngineTestSupport.drop(root, "hub", PERIODS.get(i), 400, 40 + i);
		}
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		settings.put("spring.datasource.username", "postgres");
		settings.put("audit.jobs.dir", jobs.toString());
		settings.put("audit.jobs.drops-dir", root.resolve("pulled").toString());
		settings.put("audit.runs.poll", "200ms");
		settings.put("audit.run.score-chunk-size", "40");
		Path marker = root.resolve("holding");
		Map<String, String> other = new LinkedHashMap<>(settings);
		other.put("hold.marker", marker.toString());

		try (ConfigurableApplicationContext here = start(settings);
				ChildProcess there = ChildProcess.start("instance", other, Path.of("target/several-instances-other.log"))) {
			JdbcClient jdbc = here.getBean(JdbcClient.class);
			Runs runs = here.getBean(Runs.class);
			RunRequests requests = here.getBean(RunRequests.class);
			long thereId = awaitInstance(jdbc, there);

			List<Long> ids = new ArrayList<>();
			for (String period : PERIODS) {
				ids.add(requests.request("hub", period, "olivia.operator"));
			}
			awaitFile(marker, there);
			// The other instance took one run and is scoring it; this one takes the rest meanwhile.
			List<Run> taken = runs.running(thereId);
			assertThat(taken).hasSize(1);
			long killed = taken.get(0).id();
			here.getBean(RunEngine.class).start();
			long hereId = here.getBean(EngineInstance.class).id();
			there.kill();

			Run failed = await(runs, killed, Set.of(RunStatus.FAILED));
			assertThat(failed.failure())
				.isEqualTo("the instance running it (" + thereId + ") stopped while it ran: restart it");
			requests.restart(killed);
			for (long id : ids) {
				Run run = await(runs, id, ENDED);
				assertThat(run.status()).as("run %d", id).isEqualTo(RunStatus.COMPLETED);
				assertThat(run.instanceId()).isEqualTo(hereId);
			}

			// Each run is one job instance; the killed one has its failed execution and the restart.
			JobRepository repository = here.getBean(JobRepository.class);
			for (long id : ids) {
				Run run = runs.find(id).orElseThrow();
				List<JobExecution> executions = repository.getJobExecutions(
						repository.getJobExecution(run.jobExecutionId()).getJobInstance());
				List<BatchStatus> statuses = executions.stream()
					.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
					.map(JobExecution::getStatus)
					.toList();
				assertThat(statuses).as("run %d", id)
					.isEqualTo((id == killed) ? List.of(BatchStatus.FAILED, BatchStatus.COMPLETED)
							: List.of(BatchStatus.COMPLETED));
			}
			assertThat(jdbc.sql("select count(*) from run where job_id = 'hub'").query(Integer.class).single())
				.isEqualTo(6);

			here.getBean(RunEngine.class).stop();
			AuditRunner runner = here.getBean(AuditRunner.class);
			for (String period : PERIODS) {
				Path alone = root.resolve("alone").resolve(period);
				AuditRunner.RunResult result = runner.run(root.resolve("hub/drops").resolve(period), period, null,
						alone);
				assertThat(result.completed()).as(result.reason()).isTrue();
				for (String file : CSV) {
					assertThat(Files.readAllBytes(root.resolve("hub/out").resolve(period).resolve(file)))
						.as(period + " " + file)
						.isEqualTo(Files.readAllBytes(alone.resolve(file)));
				}
			}
		}
	}

	static ConfigurableApplicationContext start(Map<String, String> settings) {
		List<String> properties = settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
		return new SpringApplicationBuilder(SafeguardingAuditApplication.class).logStartupInfo(false)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	/** The other process's instance id, once it has registered. */
	static long awaitInstance(JdbcClient jdbc, ChildProcess child) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline && child.isAlive()) {
			var id = jdbc.sql("select id from engine_instance where pid = :pid")
				.param("pid", child.pid())
				.query(Long.class)
				.optional();
			if (id.isPresent()) {
				return id.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the other instance never started (see instance.log)");
	}

	/** Waits for the file a held process writes (a bound far above any run here, not a timing test). */
	static void awaitFile(Path file, ChildProcess child) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!Files.exists(file)) {
			if (System.nanoTime() > deadline || !child.isAlive()) {
				throw new AssertionError("the other process never reached its hold: " + file);
			}
			Thread.sleep(100);
		}
	}
}
