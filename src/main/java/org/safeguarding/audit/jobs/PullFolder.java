package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder one pull writes into: filled under a temporary name ({@code pulls/.pulling-*}) and
 * renamed whole to a name that sorts by time ({@code pulls/20260201T060000Z}) only when every
 * file is complete, so a drop folder under {@code pulls} is never half-written. Closed without
 * {@link #keep()}, it removes everything it wrote.
 */
final class PullFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PullFolder.class);

	static final String TEMPORARY_PREFIX = ".pulling-";

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Path pulls;

	private final Path temporary;

	private final Clock clock;

	private boolean kept;

	private PullFolder(Path pulls, Path temporary, Clock clock) {
		this.pulls = pulls;
		this.temporary = temporary;
		this.clock = clock;
	}

	/**
	 * A new temporary folder under {@code pulls}. A temporary folder found there was left by a
	 * process that died mid-pull (pulls of one job and period never run at once): it is removed.
	 */
	static PullFolder create(Path pulls, Clock clock) {
		try {
			Files.createDirectories(pulls);
			try (Stream<Path> entries = Files.list(pulls)) {
				entries.filter((p) -> p.getFileName().toString().startsWith(TEMPORARY_PREFIX))
					.forEach(PullFolder::delete);
			}
			return new PullFolder(pulls, Files.createTempDirectory(pulls, TEMPORARY_PREFIX), clock);
		}
		catch (IOException ex) {
			throw new DropPullException("cannot create a folder for the pull under " + pulls + " (" + ex + ")", ex);
		}
	}

	/** Where the pull writes its files. */
	Path path() {
		return this.temporary;
	}

	/** Renames the complete pull to its time-stamped name and returns it. */
	Path keep() {
		String name = NAME.format(this.clock.instant());
		Path target = this.pulls.resolve(name);
		for (int n = 2; Files.exists(target); n++) {
			target = this.pulls.resolve(name + "-" + n);
		}
		try {
			Files.move(this.temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new DropPullException("cannot rename " + this.temporary + " to " + target + " (" + ex + ")", ex);
		}
		this.kept = true;
		return target;
	}

	@Override
	public void close() {
		if (!this.kept) {
			delete(this.temporary);
		}
	}

	private static void delete(Path folder) {
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// The pull has failed already: its own reason is the one to report, this one is logged.
			log.warn("Could not remove the unfinished pull {}: {}", folder, ex.toString());
		}
	}
}
