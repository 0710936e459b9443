package org.safeguarding.audit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Set;
import java.util.function.Consumer;

import org.safeguarding.audit.audit.ScoredCase;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the run engine's tests share: job files and drops written into a folder of their own,
 * waiting for a run to reach a status, and a hook into the scoring step's chunk writes (to fail a
 * chunk, or hold it) for one run at a time.
 */
final class EngineTestSupport {

	private EngineTestSupport() {
	}

	/** The folder of the tests' jobs: a copy of the shipped tool and one job file per call. */
	static Path jobsFolder(Path root) {
		try {
			Path jobs = Files.createDirectories(root.resolve("jobs"));
			Files.createDirectories(jobs.resolve("audit-tools"));
			Files.copy(Path.of("jobs/audit-tools/babies-under-one.yml"), jobs.resolve("audit-tools/babies-under-one.yml"));
			return jobs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes {@code jobs/<id>.yml}: a folder source under {@code root/<id>/drops}, publishing to {@code root/<id>/out}. */
	static void folderJob(Path jobs, String id, String scheduleYaml) {
		String yaml = """
				title: Test job %1$s
				tool: audit-tools/babies-under-one.yml
				source:
				  kind: folder
				  path: ../%1$s/drops
				  settle: 1s
				%2$spublish:
				  out: ../%1$s/out
				""".formatted(id, (scheduleYaml != null) ? scheduleYaml : "");
		try {
			Files.writeString(jobs.resolve(id + ".yml"), yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A generated drop for the job's period, marked READY. */
	static Path drop(Path root, String job, String period, int cases, long seed) {
		Path folder = root.resolve(job).resolve("drops").resolve(period);
		new ExtractGenerator(new GeneratorSettings(cases, YearMonth.parse(period), seed, 0.02)).write(folder);
		try {
			Files.writeString(folder.resolve("READY"), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder;
	}

	/** Waits until the run has one of the statuses (a bound far above any run here, not a timing test). */
	static Run await(Runs runs, long id, Set<RunStatus> statuses) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			Run run = runs.find(id).orElseThrow();
			if (statuses.contains(run.status())) {
				return run;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("run " + id + " never reached " + statuses + ": " + runs.find(id).orElseThrow());
	}

	/** The chunk-write hook: what to do before a chunk of scored cases is written, for the run writing it. */
	static final class WriteHook {

		static volatile Consumer<Long> beforeWrite = run -> {
		};

		private WriteHook() {
		}
	}

	@TestConfiguration
	static class WriteHookConfiguration {

		@Bean
		ItemWriteListener<ScoredCase> writeHook() {
			return new ItemWriteListener<>() {
				@Override
				public void beforeWrite(Chunk<? extends ScoredCase> items) {
					var step = StepSynchronizationManager.getContext();
					Long run = (step != null) ? step.getStepExecution().getJobParameters().getLong("run") : null;
					if (run != null) {
						WriteHook.beforeWrite.accept(run);
					}
				}
			};
		}
	}

	static final Set<RunStatus> ENDED = Set.of(RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.STOPPED,
			RunStatus.REFUSED);
}
