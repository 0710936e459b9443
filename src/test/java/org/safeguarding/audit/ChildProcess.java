package org.safeguarding.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.safeguarding.audit.audit.ScoredCase;
import org.safeguarding.audit.run.RunEngine;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another process of the application, as a second machine would run it: {@code instance} (the run
 * engine, as {@code serve} starts it, without the pages) or {@code worker} (as the {@code worker}
 * command starts it), on the settings given as system properties. With {@code hold.marker} set,
 * its first chunk of scored cases writes that file and then waits for ever: the test knows the
 * process is in the middle of a run's scoring, and kills it there ({@code kill -9}: its database
 * connections and broker channel go at once, as when a machine dies).
 */
public final class ChildProcess implements AutoCloseable {

	private final Process process;

	private ChildProcess(Process process) {
		this.process = process;
	}

	/** Starts {@code mode} in a new JVM on this JVM's class path; its output goes to {@code log}. */
	public static ChildProcess start(String mode, Map<String, String> properties, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ChildProcess.class.getName());
		command.add(mode);
		try {
			return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** {@code kill -9}: nothing of the process runs after this, not even its shutdown hooks. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	public static void main(String[] args) throws Exception {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(SafeguardingAuditApplication.class)
			.logStartupInfo(false);
		if (System.getProperty("hold.marker") != null) {
			builder.sources(HoldConfiguration.class);
		}
		if (System.getProperty("fail.chunk") != null) {
			builder.sources(FailConfiguration.class);
		}
		if (args[0].equals("worker")) {
			builder.properties("audit.scale-out.worker=true");
		}
		ConfigurableApplicationContext context = builder.run();
		if (args[0].equals("instance")) {
			context.getBean(RunEngine.class).start();
		}
		System.out.println("child " + args[0] + " started, pid " + ProcessHandle.current().pid());
		Thread.currentThread().join();
	}

	static class HoldConfiguration {

		@org.springframework.context.annotation.Bean
		ItemWriteListener<ScoredCase> holdAtFirstChunk() {
			Path marker = Path.of(System.getProperty("hold.marker"));
			int holdAt = Integer.getInteger("hold.chunk", 1);
			java.util.concurrent.atomic.AtomicInteger chunks = new java.util.concurrent.atomic.AtomicInteger();
			return new ItemWriteListener<>() {
				@Override
				public void beforeWrite(Chunk<? extends ScoredCase> items) {
					if (chunks.incrementAndGet() < holdAt) {
						return;
					}
					try {
						Files.writeString(marker, String.valueOf(ProcessHandle.current().pid()));
						Thread.sleep(Long.MAX_VALUE);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			};
		}
	}

	static class FailConfiguration {

		@org.springframework.context.annotation.Bean
		ItemWriteListener<ScoredCase> failOnceAtChunk() {
			int failAt = Integer.getInteger("fail.chunk");
			java.util.concurrent.atomic.AtomicInteger chunks = new java.util.concurrent.atomic.AtomicInteger();
			return new ItemWriteListener<>() {
				@Override
				public void beforeWrite(Chunk<? extends ScoredCase> items) {
					if (chunks.incrementAndGet() == failAt) {
						throw new IllegalStateException("injected failure in chunk " + failAt);
					}
				}
			};
		}
	}
}
