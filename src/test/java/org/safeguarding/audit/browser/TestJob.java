package org.safeguarding.audit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;

import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;

/**
 * A job of a browser test's own, under {@code target/} beside the test databases: its file (a
 * folder source, published beside it), a copy of the shipped audit tool, and generated drops.
 */
record TestJob(String id, Path root) {

	static TestJob folderJob(String id, String title) {
		TestJob job = new TestJob(id, folder());
		write(job.jobsFolder().resolve(id + ".yml"), """
				title: %s
				tool: audit-tools/babies-under-one.yml
				source:
				  kind: folder
				  path: ../drops
				publish:
				  out: ../out
				""".formatted(title));
		try {
			Path tool = job.jobsFolder().resolve("audit-tools/babies-under-one.yml");
			Files.createDirectories(tool.getParent());
			Files.copy(Path.of("jobs/audit-tools/babies-under-one.yml"), tool);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return job;
	}

	Path jobsFolder() {
		return this.root.resolve("jobs");
	}

	/** A generated drop of the period (synthetic babies, a few bad rows), marked READY. */
	void drop(String period, int cases) {
		Path drop = this.root.resolve("drops").resolve(period);
		new ExtractGenerator(new GeneratorSettings(cases, YearMonth.parse(period), 7, 0.02)).write(drop);
		write(drop.resolve("READY"), "");
	}

	private static Path folder() {
		try {
			return Files.createDirectories(Path.of("target/browser-jobs", UUID.randomUUID().toString())).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
