package org.safeguarding.audit.cli;

import org.safeguarding.audit.run.RunFailures;
import org.safeguarding.audit.run.AuditRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.safeguarding.audit.extract.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drop inbox a scheduled run scans: one folder per period ({@code inbox/2026-10/}), as the
 * agencies' transfer leaves it. A period is audited when its folder is new or has changed since
 * it was last audited successfully (by file names, sizes and modification times), so a daily
 * schedule audits each month's drop once and again only when an agency re-sends it.
 */
final class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final Path folder;

	private final Path out;

	Inbox(Path folder, Path out) {
		this.folder = folder;
		this.out = out;
	}

	/** Audits every new or changed period folder, oldest period first; returns how many failed. */
	int scan(AuditRunner runner) throws Exception {
		int failed = 0;
		for (Path drop : periodFolders()) {
			String period = drop.getFileName().toString();
			String state = state(drop);
			Path done = this.out.resolve(".inbox").resolve(period + ".done");
			if (Files.exists(done) && Files.readString(done).equals(state)) {
				continue;
			}
			log.info("Inbox: auditing {} from {}", period, drop);
			AuditRunner.RunResult result = runner.run(drop, period, null, this.out.resolve(period));
			if (result.completed()) {
				Files.createDirectories(done.getParent());
				Files.writeString(done, state);
			}
			else {
				failed++;
				log.error("Inbox: the run for {} failed: {}", period, result.reason());
			}
		}
		return failed;
	}

	private List<Path> periodFolders() throws IOException {
		if (!Files.isDirectory(this.folder)) {
			throw new IllegalArgumentException("inbox " + this.folder + " is not a folder");
		}
		try (Stream<Path> entries = Files.list(this.folder)) {
			return entries.filter(Files::isDirectory)
				.filter(p -> p.getFileName().toString().matches("\\d{4}-(0[1-9]|1[0-2])"))
				.sorted()
				.toList();
		}
	}

	private static String state(Path drop) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(drop)) {
			for (Path file : files.sorted().toList()) {
				lines.add(file.getFileName() + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis());
			}
		}
		return Sha256.of(String.join("\n", lines));
	}
}
