package org.safeguarding.audit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.safeguarding.audit.cli.CommandOptions;
import org.safeguarding.audit.report.PublishFolder;

/**
 * A generated drop reshaped, for the benchmark's memory figures whatever the drop's shape
 * ({@code --shape}): {@code teams=N} gives the episodes N teams ("Team 00001" …, in turn),
 * {@code rejected=N} adds N GP events with an impossible date (31/02/2026, each rejected by
 * check 1 with its reason), {@code extra-columns=N} adds N empty columns to every line of
 * {@code ssd_cp_plans.csv} (the smallest file: each line grows by N bytes). The other files are
 * copied as they are. Plain comma splitting is enough: the generator never quotes a field of the
 * files touched.
 */
record DropShape(Kind kind, int amount) {

	enum Kind {
		TEAMS("teams"), REJECTED("rejected"), EXTRA_COLUMNS("extra-columns");

		private final String option;

		Kind(String option) {
			this.option = option;
		}
	}

	static final String IMPOSSIBLE_DATE = "31/02/2026";

	/** {@code KIND=N}, as given to {@code --shape}. */
	static DropShape parse(String text) {
		int equals = text.indexOf('=');
		String kind = ((equals < 0) ? text : text.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
		for (Kind k : Kind.values()) {
			if (k.option.equals(kind)) {
				int amount;
				try {
					amount = (equals < 0) ? 0 : Integer.parseInt(text.substring(equals + 1).trim());
				}
				catch (NumberFormatException ex) {
					amount = 0;
				}
				if (amount < 1) {
					throw new CommandOptions.UsageException("benchmark: --shape " + k.option
							+ "=N takes a whole number of 1 or more (was '" + text + "')");
				}
				return new DropShape(k, amount);
			}
		}
		throw new CommandOptions.UsageException(
				"benchmark: --shape is teams=N, rejected=N or extra-columns=N (was '" + text + "')");
	}

	/** Whether a plain COPY into typed tables still takes the drop (the teams are only other text). */
	boolean copyable() {
		return this.kind == Kind.TEAMS;
	}

	/** The reshaped drop's folder name after the generated one's. */
	String suffix() {
		return this.kind.option + "-" + this.amount;
	}

	/**
	 * Writes {@code from}'s files into {@code to} (a new folder), reshaped; on failure nothing is
	 * left but {@code from}.
	 */
	void apply(Path from, Path to) throws IOException {
		Path partial = to.resolveSibling(to.getFileName() + ".partial");
		PublishFolder.deleteTree(partial);
		Files.createDirectories(partial);
		try {
			String reshaped = switch (this.kind) {
				case TEAMS -> "ssd_cin_episodes.csv";
				case REJECTED -> "ext_agency_events_gp.csv";
				case EXTRA_COLUMNS -> "ssd_cp_plans.csv";
			};
			if (!Files.isRegularFile(from.resolve(reshaped))) {
				throw new IllegalStateException("--shape " + this.kind.option + " reshapes " + reshaped + ", which "
						+ from + " does not have");
			}
			List<Path> files;
			try (Stream<Path> listed = Files.list(from)) {
				files = listed.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				Path target = partial.resolve(file.getFileName().toString());
				if (!file.getFileName().toString().equals(reshaped)) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
				else if (this.kind == Kind.TEAMS) {
					rewrite(file, target, "cine_referral_team");
				}
				else if (this.kind == Kind.REJECTED) {
					addRejected(file, target);
				}
				else {
					widen(file, target);
				}
			}
			Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			PublishFolder.deleteTree(partial);
			throw ex;
		}
	}

	/** The file's header, refused by name when the file is empty. */
	private static String header(BufferedReader in, Path file) throws IOException {
		String header = in.readLine();
		if (header == null) {
			throw new IllegalStateException(file + " is empty: it has no header to reshape");
		}
		return header;
	}

	/** Every line's {@code column} replaced with the next of the shape's teams in turn. */
	private void rewrite(Path file, Path target, String column) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			String header = header(in, file);
			int index = List.of(header.split(",", -1)).indexOf(column);
			if (index < 0) {
				throw new IllegalStateException(file + " has no column " + column);
			}
			out.write(header);
			out.write('\n');
			int line = 0;
			for (String row = in.readLine(); row != null; row = in.readLine()) {
				String[] fields = row.split(",", -1);
				fields[index] = String.format(Locale.ROOT, "Team %05d", 1 + line++ % this.amount);
				out.write(String.join(",", fields));
				out.write('\n');
			}
		}
	}

	/** The file as it is, then the shape's rejected rows, each a copy of a data row with another id and an impossible date. */
	private void addRejected(Path file, Path target) throws IOException {
		List<String[]> models = new ArrayList<>();
		int dateIndex;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			String header = header(in, file);
			dateIndex = List.of(header.split(",", -1)).indexOf("evnt_event_date");
			out.write(header);
			out.write('\n');
			for (String row = in.readLine(); row != null; row = in.readLine()) {
				if (models.size() < 1000) {
					models.add(row.split(",", -1));
				}
				out.write(row);
				out.write('\n');
			}
			if (models.isEmpty() || dateIndex < 0) {
				throw new IllegalStateException(file + " has no row to copy, or no evnt_event_date");
			}
			for (int i = 0; i < this.amount; i++) {
				String[] fields = models.get(i % models.size()).clone();
				fields[0] = String.format(Locale.ROOT, "VR%08d", i + 1);
				fields[dateIndex] = IMPOSSIBLE_DATE;
				out.write(String.join(",", fields));
				out.write('\n');
			}
		}
	}

	/** Every line with the shape's columns added: named in the header, empty in the rows. */
	private void widen(Path file, Path target) throws IOException {
		StringBuilder names = new StringBuilder();
		for (int i = 1; i <= this.amount; i++) {
			names.append(",x").append(i);
		}
		String empty = ",".repeat(this.amount);
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			out.write(header(in, file));
			out.write(names.toString());
			out.write('\n');
			for (String row = in.readLine(); row != null; row = in.readLine()) {
				out.write(row);
				out.write(empty);
				out.write('\n');
			}
		}
	}
}
