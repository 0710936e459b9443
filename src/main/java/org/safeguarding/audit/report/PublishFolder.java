package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a folder whole or not at all. Its files are written into a staging folder beside
 * the target, {@code .publishing-<name>-<random>}, on the same file system; when all are
 * complete, an existing target is renamed away to {@code .replaced-<name>-<random>}, the staging
 * folder is renamed to the target (the one switch readers can see) and the replaced folder is
 * deleted. Any failure removes the staging folder, and puts a target that was moved away back
 * if the switch did not happen. Leftovers of a publish that was killed are removed before the
 * next one, and by a server for every folder it publishes into when it starts.
 */
public final class PublishFolder {

	private static final Logger log = LoggerFactory.getLogger(PublishFolder.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What fills the staging folder. */
	@FunctionalInterface
	public interface Contents {

		void writeInto(Path staging) throws IOException;
	}

	private PublishFolder() {
	}

	/** Writes {@code contents} and switches them into place as {@code target}. */
	public static void publish(Path target, Contents contents) {
		Path folder = target.toAbsolutePath().normalize();
		Path parent = folder.getParent();
		Path staging = parent.resolve(".publishing-" + folder.getFileName() + "-" + random());
		try {
			Files.createDirectories(parent);
			removeLeftovers(folder);
			Files.createDirectory(staging);
			contents.writeInto(staging);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(staging);
			throw failure(folder, ex);
		}
		switchTo(staging, folder);
	}

	private static void switchTo(Path staging, Path folder) {
		Path replaced = null;
		try {
			if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
				replaced = folder.resolveSibling(".replaced-" + folder.getFileName() + "-" + random());
				Files.move(folder, replaced, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			if (replaced != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
				try {
					Files.move(replaced, folder, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (IOException notBack) {
					ex.addSuppressed(notBack);
				}
			}
			deleteQuietly(staging);
			throw failure(folder, ex);
		}
		if (replaced != null) {
			deleteQuietly(replaced);
		}
	}

	/** Removes what killed publishes left beside {@code target}: its staging and replaced folders. */
	public static void removeLeftovers(Path target) {
		Path folder = target.toAbsolutePath().normalize();
		Pattern leftover = Pattern
			.compile("\\.(publishing|replaced)-" + Pattern.quote(folder.getFileName().toString()) + "-[0-9a-f]{16}");
		List<Path> found;
		try (Stream<Path> siblings = Files.list(folder.getParent())) {
			found = siblings.filter(p -> leftover.matcher(p.getFileName().toString()).matches()).toList();
		}
		catch (IOException ex) {
			return; // no parent yet: nothing was left
		}
		for (Path path : found) {
			log.warn("Removing {}, left by a publish of {} that did not finish", path, folder);
			deleteTree(path);
		}
	}

	/**
	 * A failure to write the files (a full disk, a folder that cannot be written) as one line
	 * naming the folder, and as the deepest cause, which is what a failed run is reported by
	 * ("No space left on device" alone names nothing). Libraries do not always keep the I/O error
	 * as the cause (OpenPDF's ExceptionConverter holds it aside), so any failure but the
	 * database's own (PostgreSQL's words name its host) is named this way, the original kept as
	 * suppressed.
	 */
	private static RuntimeException failure(Path folder, Exception ex) {
		Throwable deepest = ex;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException) {
				return (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
			}
			deepest = t;
			if (t instanceof IOException) {
				break;
			}
		}
		String problem = (deepest instanceof java.nio.file.FileSystemException file && file.getFile() != null)
				? file.getFile() + ": " + ((file.getReason() != null) ? file.getReason() : file.getClass().getSimpleName())
				: (deepest.getMessage() != null) ? deepest.getMessage() : deepest.getClass().getSimpleName();
		IOException named = new IOException("cannot publish " + folder + ": " + problem);
		named.addSuppressed(ex);
		return new UncheckedIOException(named.getMessage(), named);
	}

	private static String random() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static void deleteQuietly(Path path) {
		try {
			deleteTree(path);
		}
		catch (UncheckedIOException ex) {
			log.warn("Could not remove {} ({}); the next publish removes it", path, ex.getMessage());
		}
	}

	/** Removes {@code path} and everything in it, if it is there (a link is removed, not followed). */
	public static void deleteTree(Path path) {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + path + ": " + ex.getMessage(), ex);
		}
	}
}
