package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * A {@code folder} source: the period's drop is {@code path/YYYY-MM/}, taken when it holds a file
 * named {@code READY} or when nothing in it changed for the settle time, so that a drop still
 * being copied in is never audited half-way.
 */
final class FolderSource implements DropSource {

	static final String READY = SettleRule.READY;

	private final SourceDefinition.Folder definition;

	private final SettleRule settle;

	FolderSource(SourceDefinition.Folder definition, Clock clock) {
		this.definition = definition;
		this.settle = new SettleRule(definition.settle(), clock);
	}

	@Override
	public boolean hasDropFor(YearMonth period) {
		return Files.isDirectory(folder(period));
	}

	@Override
	public Path pull(YearMonth period, Path pulls) {
		Path folder = folder(period);
		if (!Files.isDirectory(folder)) {
			throw new DropNotReadyException("no drop for " + period + ": " + folder + " does not exist");
		}
		boolean ready = Files.isRegularFile(folder.resolve(READY));
		this.settle.check(folder.toString(), ready, ready ? null : lastChange(folder));
		return folder;
	}

	private Path folder(YearMonth period) {
		return this.definition.path().resolve(period.toString());
	}

	private static Instant lastChange(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			Instant last = null;
			for (Path file : files.toList()) {
				Instant modified = Files.getLastModifiedTime(file).toInstant();
				last = (last == null || modified.isAfter(last)) ? modified : last;
			}
			return last;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the drop folder " + folder, ex);
		}
	}
}
