package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, for tests that check a pull left exactly what it should. */
final class Folders {

	private Folders() {
	}

	/** The names of the folder's entries in name order; none when the folder does not exist. */
	static List<String> names(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}
}
