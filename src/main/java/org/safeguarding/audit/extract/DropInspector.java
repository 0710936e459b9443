package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Decides whether a drop folder can be loaded at all, before any row is loaded: every CSV
 * file is read once, completely and streaming, to prove it is UTF-8 CSV with the columns the
 * format requires, and hashed in the same pass. Throws {@link DropRefusedException} otherwise.
 */
public final class DropInspector {

	/** The file a sender writes last to say a drop folder is complete (jobs.md): ignored without a warning. */
	static final String READY = "READY";

	private static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays
		.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

	public Drop inspect(Path folder) {
		if (!Files.exists(folder)) {
			throw new DropRefusedException("drop folder " + folder + " does not exist");
		}
		if (!Files.isDirectory(folder)) {
			throw new DropRefusedException("drop folder " + folder + " is not a folder");
		}
		List<String> warnings = new ArrayList<>();
		List<Path> csvFiles = new ArrayList<>();
		for (Path entry : entries(folder)) {
			String name = entry.getFileName().toString();
			if (name.startsWith(".")) {
				// e.g. "._ssd_person.csv", left beside each file by a Mac
				warnings.add("'" + name + "' begins with '.' and was ignored");
			}
			else if (Files.isDirectory(entry)) {
				warnings.add("sub-folder '" + name + "' was ignored");
			}
			else if (!Files.isRegularFile(entry)) {
				// Told apart by its metadata only: opening a FIFO would wait for a writer forever.
				throw new DropRefusedException(name + ": not a regular file (a FIFO, a device or a socket); it was not opened");
			}
			else if (name.equals(READY)) {
				// jobs.md: the agency's sign that the drop is complete; part of the transfer, not of the data.
				continue;
			}
			else if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				warnings.add("file '" + name + "' is not a .csv file and was ignored");
			}
			else if (Table.forFileName(name).isEmpty()) {
				throw new DropRefusedException(name + ": the file name does not start with a table name ("
						+ String.join(", ", Arrays.stream(Table.values()).map(Table::tableName).toList()) + ")");
			}
			else {
				csvFiles.add(entry);
			}
		}
		if (csvFiles.stream().noneMatch((file) -> Table.forFileName(file.getFileName().toString())
			.orElseThrow() == Table.SSD_PERSON)) {
			throw new DropRefusedException("drop folder " + folder + " has no ssd_person file");
		}
		List<DropFile> files = new ArrayList<>();
		for (Path file : csvFiles) {
			DropFile dropFile = inspectFile(file);
			warnings.addAll(ExtraColumns.warnings(dropFile));
			files.add(dropFile);
		}
		if (files.stream().filter(f -> f.table() == Table.SSD_PERSON).noneMatch(DropFile::hasData)) {
			warnings.add("ssd_person has a header but no rows: no person was read, so no case can be audited");
		}
		return new Drop(folder, files, fingerprint(files), warnings);
	}

	/** Opens a file as strict UTF-8: a bad byte throws, on the exact line, when read. */
	public static Reader openUtf8(Path file) {
		try {
			return new Utf8Reader(Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> entries(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted(Comparator.comparing((Path path) -> path.getFileName().toString(), BYTE_ORDER))
				.toList();
		}
		catch (IOException ex) {
			throw new DropRefusedException("drop folder " + folder + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static DropFile inspectFile(Path file) {
		String name = file.getFileName().toString();
		Table table = Table.forFileName(name).orElseThrow();
		MessageDigest digest = Sha256.digest();
		long lines;
		List<DropFile.Cut> cuts = new ArrayList<>();
		try {
			lines = CsvByteScan.scan(file, digest, cuts, CsvByteScan.CUT_EVERY);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new DropRefusedException(name + ": cannot be read: " + ex.getMessage(), ex);
		}
		if (lines == CsvByteScan.NOT_CLEAN) {
			// Something is or may be wrong: read it record by record, which names the problem and its line.
			return inspectRecords(file, name, table);
		}
		// The whole file is proven UTF-8 CSV; only the header is left to check.
		try (CsvRecordReader reader = new CsvRecordReader(new Utf8Reader(Files.newInputStream(file)))) {
			CsvRecord header = checkedHeader(name, reader);
			RowChecker checker = new RowChecker(table, name, header.fields());
			long size = Files.size(file);
			return new DropFile(name, table, size, Sha256.hex(digest), header.fields(), checker.ignoredColumns(),
					cuts.stream().filter(cut -> cut.line() > 2 && cut.offset() < size).toList(), lines,
					reader.next() != null);
		}
		catch (NotCsvException ex) {
			throw new DropRefusedException(name + ": " + ex.getMessage(), ex);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new DropRefusedException(name + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static DropFile inspectRecords(Path file, String name, Table table) {
		MessageDigest digest = Sha256.digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
				CsvRecordReader reader = new CsvRecordReader(new Utf8Reader(in))) {
			CsvRecord header = checkedHeader(name, reader);
			RowChecker checker = new RowChecker(table, name, header.fields());
			long records = 0;
			while (reader.next() != null) {
				// Reading to the end proves the whole file is UTF-8 CSV and feeds the digest.
				records++;
			}
			return new DropFile(name, table, Files.size(file), Sha256.hex(digest), header.fields(),
					checker.ignoredColumns(), List.of(), reader.physicalLines(), records > 0);
		}
		catch (NotCsvException ex) {
			throw new DropRefusedException(name + ": " + ex.getMessage(), ex);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new DropRefusedException(name + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static CsvRecord checkedHeader(String name, CsvRecordReader reader) {
		CsvRecord header = reader.next();
		if (header == null) {
			throw new DropRefusedException(name + ": the file is empty; its first line must be the header");
		}
		if (header.malformed()) {
			throw new DropRefusedException(name + ": the header on line " + header.line() + " is not valid CSV: "
					+ header.malformation());
		}
		return header;
	}


	private static String fingerprint(List<DropFile> files) {
		MessageDigest digest = Sha256.digest();
		for (DropFile file : files) {
			digest.update((file.name() + "\t" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return Sha256.hex(digest);
	}

}
