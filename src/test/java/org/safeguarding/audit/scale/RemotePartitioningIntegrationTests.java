package org.safeguarding.audit.scale;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.ChildProcess;
import org.safeguarding.audit.SafeguardingAuditApplication;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;
import org.safeguarding.audit.run.AuditRunner;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One drop's load and scoring partitions sent over RabbitMQ to two worker processes (Spring
 * Batch's remote partitioning), which share the manager's PostgreSQL: the run publishes the bytes
 * a run in one process publishes, also when a worker is killed in the middle of a partition (the
 * broker gives its request to the other worker, which carries the partition on). Needs the broker
 * on 127.0.0.1:5672 (user guest): skipped, saying so, where there is none.
 */
class RemotePartitioningIntegrationTests {

	static final String PERIOD = "2026-09";

	static final List<String> CSV = List.of("case-results.csv", "case-scores.csv", "criteria-summary.csv",
			"rejected-rows.csv");

	@TempDir
	static Path temp;

	static EmbeddedPostgres postgres;

	static Path drop;

	static Path oneProcess;

	@BeforeAll
	static void oneProcessRun() throws IOException {
		Assumptions.assumeTrue(brokerReachable(),
				"RabbitMQ is not reachable on 127.0.0.1:5672: the remote partitioning tests need a broker");
		postgres = EmbeddedPostgres.builder().start();
		drop = new ExtractGenerator(new GeneratorSettings(600, YearMonth.parse(PERIOD), 23, 0.02))
			.write(temp.resolve("drop"))
			.folder();
		oneProcess = temp.resolve("one-process");
		try (ConfigurableApplicationContext app = start(settings(database("single")))) {
			AuditRunner.RunResult result = app.getBean(AuditRunner.class).run(drop, PERIOD, null, oneProcess);
			assertThat(result.completed()).as(result.reason()).isTrue();
		}
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aManagerAndTwoWorkerProcessesPublishTheBytesOfOneProcess() throws Exception {
		Map<String, String> settings = scaledOut(database("scaled"));
		try (ChildProcess first = ChildProcess.start("worker", settings, log("first"));
				ChildProcess second = ChildProcess.start("worker", settings, log("second"));
				ConfigurableApplicationContext manager = start(managerSettings(settings))) {
			awaitConsumers(manager, settings, 2, first, second);
			Path out = temp.resolve("scaled");
			AuditRunner.RunResult result = manager.getBean(AuditRunner.class).run(drop, PERIOD, null, out);

			assertThat(result.completed()).as(result.reason()).isTrue();
			assertSameCsv(out);
			List<StepExecution> partitions = partitions(manager, result);
			assertThat(partitions).extracting(StepExecution::getStepName)
				.containsExactlyInAnyOrder("loadFilesStep:partition0", "loadFilesStep:partition1",
						"scoreCaseRangeStep:range1", "scoreCaseRangeStep:range2");
			assertThat(partitions).allMatch(p -> p.getStatus() == BatchStatus.COMPLETED);
			// Carried out by the workers (one request each at a time), not by the manager.
			assertThat(partitions.stream().map(RemotePartitioningIntegrationTests::workerPid).collect(Collectors.toSet()))
				.isEqualTo(Set.of(first.pid(), second.pid()));
		}
		finally {
			deleteQueue(settings);
		}
	}

	@Test
	void aWorkerKilledInTheMiddleOfAPartitionHasItCarriedOnByTheOtherWithTheSameBytes() throws Exception {
		Map<String, String> settings = scaledOut(database("killed"));
		Path marker = temp.resolve("holding");
		Map<String, String> held = new LinkedHashMap<>(settings);
		held.put("hold.marker", marker.toString());
		held.put("hold.chunk", "3");
		try (ChildProcess doomed = ChildProcess.start("worker", held, log("doomed"));
				ChildProcess survivor = ChildProcess.start("worker", settings, log("survivor"));
				ConfigurableApplicationContext manager = start(managerSettings(settings))) {
			awaitConsumers(manager, settings, 2, doomed, survivor);
			Path out = temp.resolve("killed");
			CompletableFuture<AuditRunner.RunResult> run = CompletableFuture
				.supplyAsync(() -> manager.getBean(AuditRunner.class).run(drop, PERIOD, null, out));
			awaitFile(marker, doomed);
			// In the middle of a scoring range: two chunks committed, the third being written.
			doomed.kill();

			AuditRunner.RunResult result = run.get(5, TimeUnit.MINUTES);
			assertThat(result.completed()).as(result.reason()).isTrue();
			assertSameCsv(out);
			JobRepository repository = manager.getBean(JobRepository.class);
			JobExecution execution = repository.getJobExecution(result.jobExecutionId());
			assertThat(repository.getJobExecutions(execution.getJobInstance())).as("no restart was needed").hasSize(1);
			assertThat(partitions(manager, result)).filteredOn(p -> p.getStepName().startsWith("scoreCaseRangeStep:"))
				.hasSize(2)
				.allSatisfy(p -> {
					assertThat(p.getStatus()).isEqualTo(BatchStatus.COMPLETED);
					assertThat(workerPid(p)).isEqualTo(survivor.pid());
				});
		}
		finally {
			deleteQueue(settings);
		}
	}

	@Test
	void aPartitionThatFailsFailsTheRunWhoseRestartSendsOnlyThatPartitionAgain() throws Exception {
		Map<String, String> settings = scaledOut(database("restarted"));
		Map<String, String> failing = new LinkedHashMap<>(settings);
		failing.put("fail.chunk", "3");
		try (ChildProcess flawed = ChildProcess.start("worker", failing, log("flawed"));
				ChildProcess sound = ChildProcess.start("worker", settings, log("sound"));
				ConfigurableApplicationContext manager = start(managerSettings(settings))) {
			awaitConsumers(manager, settings, 2, flawed, sound);
			Path out = temp.resolve("restarted");
			AuditRunner.RunResult failed = manager.getBean(AuditRunner.class).run(drop, PERIOD, null, out);
			assertThat(failed.completed()).isFalse();
			JobRepository repository = manager.getBean(JobRepository.class);
			JobExecution first = repository.getJobExecution(failed.jobExecutionId());
			assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(partitions(manager, failed)).filteredOn(p -> p.getStatus() == BatchStatus.FAILED)
				.extracting(p -> p.getStepName().substring(0, p.getStepName().indexOf(':')))
				.containsExactly("scoreCaseRangeStep");

			JobExecution second = manager.getBean(JobOperator.class).restart(first);
			assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertSameCsv(out);
			// The load was kept, and the range that had completed was not sent again.
			assertThat(second.getStepExecutions()).extracting(StepExecution::getStepName)
				.filteredOn(name -> name.contains(":"))
				.hasSize(1)
				.allMatch(name -> name.startsWith("scoreCaseRangeStep:"));
		}
		finally {
			deleteQueue(settings);
		}
	}

	static void assertSameCsv(Path out) throws IOException {
		for (String file : CSV) {
			assertThat(Files.readAllBytes(out.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(oneProcess.resolve(file)));
		}
	}

	static List<StepExecution> partitions(ConfigurableApplicationContext manager, AuditRunner.RunResult result) {
		JobRepository repository = manager.getBean(JobRepository.class);
		return repository.getJobExecution(result.jobExecutionId())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().contains(":"))
			.map(s -> repository.getStepExecution(s.getId()))
			.toList();
	}

	/** The pid of the worker process that carried the partition out last. */
	static long workerPid(StepExecution partition) {
		String worker = partition.getExecutionContext().getString("worker");
		return Long.parseLong(worker.substring(worker.lastIndexOf(' ') + 1));
	}

	static Map<String, String> settings(String url) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", "postgres");
		settings.put("audit.run.score-chunk-size", "40");
		settings.put("audit.jobs.dir", temp.resolve("no-jobs").toString());
		return settings;
	}

	static Map<String, String> scaledOut(String url) {
		Map<String, String> settings = settings(url);
		settings.put("spring.rabbitmq.host", "127.0.0.1");
		settings.put("spring.rabbitmq.port", "5672");
		// A queue of the test's own on a broker other builds may share.
		settings.put("audit.scale-out.queue", "audit.partitions.test-" + UUID.randomUUID());
		return settings;
	}

	static Map<String, String> managerSettings(Map<String, String> settings) {
		Map<String, String> manager = new LinkedHashMap<>(settings);
		manager.put("audit.scale-out.workers", "2");
		manager.put("audit.scale-out.poll", "200ms");
		return manager;
	}

	static ConfigurableApplicationContext start(Map<String, String> settings) {
		Properties properties = new Properties();
		properties.putAll(settings);
		return new SpringApplicationBuilder(SafeguardingAuditApplication.class).logStartupInfo(false)
			.properties(properties)
			.run();
	}

	static String database(String name) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	static Path log(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target/remote-partitioning"));
		return folder.resolve(name + ".log");
	}

	/** Waits until the workers listen on the queue (a bound far above any start here, not a timing test). */
	static void awaitConsumers(ConfigurableApplicationContext manager, Map<String, String> settings, int count,
			ChildProcess... workers) throws InterruptedException {
		AmqpAdmin admin = manager.getBean(AmqpAdmin.class);
		String queue = settings.get("audit.scale-out.queue");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			for (ChildProcess worker : workers) {
				assertThat(worker.isAlive()).as("worker %d is running (see target/remote-partitioning)", worker.pid())
					.isTrue();
			}
			var info = admin.getQueueInfo(queue);
			if (info != null && info.getConsumerCount() >= count) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the workers never listened on " + queue);
	}

	static void awaitFile(Path file, ChildProcess child) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!Files.exists(file)) {
			if (System.nanoTime() > deadline || !child.isAlive()) {
				throw new AssertionError("the worker never reached its hold: " + file);
			}
			Thread.sleep(100);
		}
	}

	static void deleteQueue(Map<String, String> settings) {
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			new RabbitAdmin(connections).deleteQueue(settings.get("audit.scale-out.queue"));
		}
		catch (RuntimeException ex) {
			// Left on the broker: a test queue with no consumers, harmless.
		}
		finally {
			connections.destroy();
		}
	}

	static boolean brokerReachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
