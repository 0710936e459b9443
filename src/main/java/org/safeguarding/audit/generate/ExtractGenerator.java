package org.safeguarding.audit.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safeguarding.audit.generate.Baby.Timeline;
import org.safeguarding.audit.generate.BadRows.Bad;

/**
 * Writes a synthetic partnership extract drop for one month, as extracted a few days after it
 * ends (see {@code extract-format.md}). The seed and number of cases describe one "world" of
 * babies; the period decides which of them are in the drop and what is on record by then, so
 * drops for consecutive months share babies, ids and histories. Babies are generated and written
 * one at a time, so memory does not grow with the number of cases; the same settings give
 * byte-identical files.
 */
public final class ExtractGenerator {

	private final GeneratorSettings settings;

	private final World world;

	public ExtractGenerator(GeneratorSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.world = new World(settings.seed(), settings.cases());
	}

	/**
	 * Writes the drop's files into {@code outDir}, a new or empty folder: a folder holding any
	 * file, even one with a drop file's name, may hold someone's real drop, and is refused
	 * (IllegalArgumentException).
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public GeneratedDrop write(Path outDir) {
		try {
			Files.createDirectories(outDir);
			try (Stream<Path> entries = Files.list(outDir)) {
				Optional<Path> any = entries.findFirst();
				if (any.isPresent()) {
					throw new IllegalArgumentException("the drop folder " + outDir + " is not empty (it holds '"
							+ any.get().getFileName() + "'): give an empty or new folder");
				}
			}
			return writeDrop(outDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the drop to " + outDir, ex);
		}
	}

	/**
	 * Writes the drop as {@link #write} does, or leaves {@code outDir} as it is when it already
	 * holds this very drop (the same files, byte for byte): the demo's drops again. A folder that
	 * holds anything else is refused, as by {@link #write}.
	 */
	public GeneratedDrop rewrite(Path outDir) {
		if (!Files.isDirectory(outDir) || isEmpty(outDir)) {
			return write(outDir);
		}
		Path fresh = outDir.resolveSibling("." + outDir.getFileName() + "-" + System.nanoTime());
		try {
			GeneratedDrop drop = write(fresh);
			if (!sameFiles(fresh, outDir)) {
				throw new IllegalArgumentException("the drop folder " + outDir
						+ " holds files other than this drop's: move them away or give an empty or new folder");
			}
			return new GeneratedDrop(outDir, drop.dataRowsPerFile(), drop.badRowsWritten(), drop.badRowsPerKind(),
					drop.babies());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not compare the drop in " + outDir, ex);
		}
		finally {
			deleteQuietly(fresh);
		}
	}

	private static boolean sameFiles(Path a, Path b) throws IOException {
		List<String> names = names(a);
		if (!names.equals(names(b))) {
			return false;
		}
		for (String name : names) {
			if (Files.mismatch(a.resolve(name), b.resolve(name)) != -1) {
				return false;
			}
		}
		return true;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static boolean isEmpty(Path folder) {
		try {
			return names(folder).isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + folder, ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try {
			for (String name : names(folder)) {
				Files.delete(folder.resolve(name));
			}
			Files.delete(folder);
		}
		catch (IOException ex) {
			// only the generator's own temporary files: nothing to lose
		}
	}

	private GeneratedDrop writeDrop(Path outDir) throws IOException {
		DropScope scope = DropScope.of(this.settings.period());
		BabyMaker maker = new BabyMaker(this.world);
		DropRows dropRows = new DropRows(this.world.styleSeed(), scope);
		Map<BadRowKind, Long> badPerKind = new EnumMap<>(BadRowKind.class);
		boolean faulty = UpgradeFault.strikes(this.settings.period(), this.settings.badRowRate());
		long babies = 0;
		long last = this.world.firstIndexFrom(scope.extractDate().plusDays(1));
		try (DropWriter out = new DropWriter(outDir)) {
			for (long index = this.world.firstIndexFrom(scope.firstArrival()); index < last; index++) {
				Timeline timeline = maker.timeline(index);
				if (!scope.youngEnough(timeline)) {
					continue;
				}
				Baby baby = maker.make(timeline);
				if (!scope.caseNear(baby.episodes())) {
					continue;
				}
				babies++;
				List<Row> rows = dropRows.rows(baby);
				List<Bad> bad = (this.settings.badRowRate() > 0) ? BadRows.make(this.world.badRowDraw(index,
						this.settings.period()), this.settings.badRowRate(), index, this.settings.period(), rows) : List.of();
				List<Row> written = faulty ? UpgradeFault.apply(this.world.faultDraw(index, this.settings.period()), rows,
						duplicated(bad)) : rows;
				for (int i = 0; i < written.size(); i++) {
					out.write(written.get(i));
					if (written.get(i) != rows.get(i)) {
						badPerKind.merge(BadRowKind.INVALID_DATE, 1L, Long::sum);
					}
				}
				for (Bad each : bad) {
					out.write(each.row());
					badPerKind.merge(each.kind(), 1L, Long::sum);
				}
			}
			out.close();
			long badRows = badPerKind.values().stream().mapToLong(Long::longValue).sum();
			return new GeneratedDrop(outDir, out.rowsPerFile(), badRows, badPerKind, babies);
		}
	}

	private static Set<String> duplicated(List<Bad> bad) {
		return bad.stream().filter(b -> b.kind() == BadRowKind.DUPLICATE_ID).map(b -> b.row().id())
			.collect(Collectors.toSet());
	}
}
