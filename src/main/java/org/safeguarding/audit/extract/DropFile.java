package org.safeguarding.audit.extract;

import java.util.List;

/**
 * One CSV file of a drop, as inspected.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param header the header fields as written
 * @param ignoredColumns header columns not in the format (trimmed)
 */
public record DropFile(String name, Table table, long sizeBytes, String sha256, List<String> header,
		List<String> ignoredColumns) {

	public DropFile {
		header = List.copyOf(header);
		ignoredColumns = List.copyOf(ignoredColumns);
	}

}
