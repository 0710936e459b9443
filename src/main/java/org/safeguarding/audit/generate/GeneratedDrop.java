package org.safeguarding.audit.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ExtractGenerator#write} wrote: the folder, the data rows (header not counted,
 * bad rows included) per file name in file-name order, how many of those rows are bad (each
 * one a row the loader must reject; a cascade counts the bad person and every row referring to
 * it), the bad rows per kind, and how many babies the drop holds.
 */
public record GeneratedDrop(Path folder, Map<String, Long> dataRowsPerFile, long badRowsWritten,
		Map<BadRowKind, Long> badRowsPerKind, long babies) {

	public GeneratedDrop {
		dataRowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(dataRowsPerFile));
		badRowsPerKind = Collections.unmodifiableMap(new LinkedHashMap<>(badRowsPerKind));
	}

	/** All data rows written, good and bad. */
	public long dataRows() {
		return dataRowsPerFile.values().stream().mapToLong(Long::longValue).sum();
	}
}
