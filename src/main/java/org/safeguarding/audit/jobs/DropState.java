package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A drop folder's state, cheap to take every few minutes: the SHA-256 of each file's name, size
 * and modification time. A folder re-sent with other bytes has another state (its files are
 * written again), without every byte being read as the drop's fingerprint does.
 */
public final class DropState {

	private DropState() {
	}

	/** The folder's state, or empty when it cannot be read (gone, or not a folder). */
	public static Optional<String> of(Path folder) {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				lines.add(file.getFileName() + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis());
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
			return Optional.of(HexFormat.of().formatHex(digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}
}
