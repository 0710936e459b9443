package org.safeguarding.audit.extract;

import java.util.List;

/**
 * One CSV file of a drop, as inspected.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param header the header fields as written
 * @param ignoredColumns header columns not in the format (trimmed)
 * @param cuts places, in file order, where a record starts on a new line and the file could be
 * cut for loading in pieces; none when the file was not proven clean CSV in one pass
 * @param lines the file's physical lines, which the load must account for every one of (header,
 * blank, or part of a loaded or rejected record)
 * @param hasData whether a record follows the header
 */
public record DropFile(String name, Table table, long sizeBytes, String sha256, List<String> header,
		List<String> ignoredColumns, List<Cut> cuts, long lines, boolean hasData) {

	public DropFile {
		header = List.copyOf(header);
		ignoredColumns = List.copyOf(ignoredColumns);
		cuts = List.copyOf(cuts);
	}

	/** A file with data whose lines were not counted (for tests of how files are shared out). */
	public DropFile(String name, Table table, long sizeBytes, String sha256, List<String> header,
			List<String> ignoredColumns, List<Cut> cuts) {
		this(name, table, sizeBytes, sha256, header, ignoredColumns, cuts, 0, true);
	}

	/** A file that cannot be cut, whose lines were not counted (for tests of how files are shared out). */
	public DropFile(String name, Table table, long sizeBytes, String sha256, List<String> header,
			List<String> ignoredColumns) {
		this(name, table, sizeBytes, sha256, header, ignoredColumns, List.of());
	}

	/**
	 * Where a record starts: its byte offset in the file (just after a line feed outside quotes)
	 * and its physical line number as {@link CsvRecordReader} counts them.
	 */
	public record Cut(long offset, int line) {
	}

}
