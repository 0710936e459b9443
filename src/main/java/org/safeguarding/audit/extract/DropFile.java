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
 */
public record DropFile(String name, Table table, long sizeBytes, String sha256, List<String> header,
		List<String> ignoredColumns, List<Cut> cuts) {

	public DropFile {
		header = List.copyOf(header);
		ignoredColumns = List.copyOf(ignoredColumns);
		cuts = List.copyOf(cuts);
	}

	/** A file that cannot be cut: it is loaded whole. */
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
