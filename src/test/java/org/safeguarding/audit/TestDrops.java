package org.safeguarding.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small drops written by tests: file name to CSV text (header first). */
public final class TestDrops {

	private TestDrops() {
	}

	/** Writes the files into a new folder under {@code parent} and returns it. */
	public static Path write(Path parent, String name, Map<String, String> files) {
		try {
			Path folder = Files.createDirectories(parent.resolve(name));
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of the worked example's drop of the babies-under-one contract. */
	public static Path workedExample(Path parent) {
		return copy("worked-example", parent);
	}

	/** A copy of the QA officers' month: the worked example and a little more (qa-month/README.md). */
	public static Path qaMonth(Path parent) {
		return copy("qa-month", parent);
	}

	private static Path copy(String name, Path parent) {
		try {
			Path source = Path.of("src/test/resources/" + name + "/drop");
			Path folder = Files.createDirectories(parent.resolve(name));
			try (var files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
