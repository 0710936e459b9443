package org.safeguarding.audit.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * An extract drop that passed inspection: its CSV files in reading order and what was ignored.
 *
 * @param fingerprint SHA-256 hex over "name\tsha256\n" of every file in order: the same files
 * give the same fingerprint, so a drop loaded twice is recognised
 * @param warnings ignored files, sub-folders and columns, one line each
 */
public record Drop(Path folder, List<DropFile> files, String fingerprint, List<String> warnings) {

	public Drop {
		files = List.copyOf(files);
		warnings = List.copyOf(warnings);
	}

}
