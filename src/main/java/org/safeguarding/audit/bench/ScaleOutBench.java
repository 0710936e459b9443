package org.safeguarding.audit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.safeguarding.audit.SafeguardingAuditApplication;
import org.safeguarding.audit.scale.PartitionRequest;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's {@code --workers N}: this process is the manager, N worker processes (this jar's
 * {@code worker} command) on the same database and broker carry out the partitions; and, with or
 * without workers, each partition's seconds and what it costs to send (the request's bytes on the
 * broker, its step execution context's bytes in the job repository), from which docs/scaling.md
 * models more machines.
 */
final class ScaleOutBench implements AutoCloseable {

	private final List<Process> workers = new ArrayList<>();

	private ScaleOutBench() {
	}

	/** The manager's settings, set before the application starts. */
	static void manage(int workers) {
		System.setProperty("audit.scale-out.workers", String.valueOf(workers));
		System.setProperty("audit.scale-out.queue", "audit.partitions.bench-" + ProcessHandle.current().pid());
		System.setProperty("audit.scale-out.poll", "200ms");
	}

	/** Starts {@code count} worker processes on the manager's database and queue, and waits until they listen. */
	static ScaleOutBench start(ConfigurableApplicationContext manager, int count, Path work) throws IOException {
		ScaleOutBench bench = new ScaleOutBench();
		HikariDataSource pool = unwrap(manager.getBean(DataSource.class));
		String queue = System.getProperty("audit.scale-out.queue");
		for (int i = 1; i <= count; i++) {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx512m"));
			String classPath = System.getProperty("java.class.path");
			if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
				command.addAll(List.of("-jar", classPath, "worker"));
			}
			else {
				command.addAll(List.of("-cp", classPath, SafeguardingAuditApplication.class.getName(), "worker"));
			}
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Files.createDirectories(work).resolve("worker-" + i + ".log").toFile());
			Map<String, String> env = builder.environment();
			env.put("SPRING_DATASOURCE_URL", pool.getJdbcUrl());
			env.put("SPRING_DATASOURCE_USERNAME", pool.getUsername());
			env.put("SPRING_DATASOURCE_PASSWORD", pool.getPassword());
			env.put("AUDIT_SCALE_OUT_QUEUE", queue);
			bench.workers.add(builder.start());
		}
		AmqpAdmin admin = manager.getBean(AmqpAdmin.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (true) {
			var info = admin.getQueueInfo(queue);
			if (info != null && info.getConsumerCount() >= count) {
				return bench;
			}
			if (System.nanoTime() > deadline || bench.workers.stream().anyMatch(p -> !p.isAlive())) {
				bench.close();
				throw new IllegalStateException("the workers did not start: see " + work.resolve("worker-1.log"));
			}
			sleep();
		}
	}

	/**
	 * One line per partition of the run's two partitioned steps, then their sums: what a model of
	 * more machines starts from.
	 */
	static void printPartitions(PrintStream out, ConfigurableApplicationContext context, JobExecution execution) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		List<StepExecution> partitions = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().contains(":"))
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.toList();
		double load = 0;
		double score = 0;
		for (StepExecution partition : partitions) {
			double seconds = Duration.between(partition.getStartTime(), partition.getEndTime()).toMillis() / 1000.0;
			String worker = partition.getStepName().substring(0, partition.getStepName().indexOf(':'));
			int requestBytes = new PartitionRequest(worker, partition.getId()).text()
				.getBytes(StandardCharsets.UTF_8).length;
			long contextBytes = jdbc.sql("""
					select coalesce(length(short_context), 0) + coalesce(length(serialized_context), 0)
					from batch_step_execution_context where step_execution_id = :id""")
				.param("id", partition.getId())
				.query(Long.class)
				.optional()
				.orElse(0L);
			out.printf("  partition %-28s %8.1f s  request %3d B  context %6d B  %s%n", partition.getStepName(), seconds,
					requestBytes, contextBytes, workerOf(context, partition));
			if (worker.equals("loadFilesStep")) {
				load += seconds;
			}
			else {
				score += seconds;
			}
		}
		out.printf("  partitions' seconds added up: load %.1f s, score %.1f s%n", load, score);
	}

	/** Which worker process carried the partition out (PartitionWorker notes it), or this process. */
	private static String workerOf(ConfigurableApplicationContext context, StepExecution partition) {
		var stored = context.getBean(JobRepository.class).getStepExecution(partition.getId());
		return (stored != null && stored.getExecutionContext().containsKey("worker"))
				? stored.getExecutionContext().getString("worker") : "this process";
	}

	@Override
	public void close() {
		for (Process worker : this.workers) {
			worker.destroy();
		}
		for (Process worker : this.workers) {
			try {
				if (!worker.waitFor(30, TimeUnit.SECONDS)) {
					worker.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the workers need the connection pool's settings: " + ex.getMessage(), ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
