package org.safeguarding.audit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Whether a run may publish into a folder, checked before anything is loaded: publishing
 * replaces the folder whole ({@link PublishFolder}), so it must not be (or hold, or be held by)
 * the drop, must be a folder (or not exist yet) whose parent can be written, and if it holds
 * anything, must be a run published before (its {@code manifest.json}): renaming away a folder
 * of someone's own files would delete them.
 */
public final class PublishTarget {

	private PublishTarget() {
	}

	/** Refuses the target with one line naming it and what is wrong ({@link IllegalArgumentException}). */
	public static void check(Path target, Path drop) {
		Path out = real(target);
		Path extract = real(drop);
		if (out.equals(extract)) {
			throw refused(target, "is the drop folder " + drop + " itself: publish outside the drop");
		}
		if (out.startsWith(extract)) {
			throw refused(target, "is inside the drop folder " + drop + ": publish outside the drop");
		}
		if (extract.startsWith(out)) {
			throw new IllegalArgumentException("the drop folder " + drop + " is inside the output folder " + target
					+ ", which publishing replaces: keep the drop outside it");
		}
		if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
			throw refused(target, "is a file, not a folder");
		}
		Path writable = nearestExisting(out.getParent());
		if (!Files.isDirectory(writable) || !Files.isWritable(writable)) {
			throw refused(target, "cannot be written: " + writable + " is not a folder this run may write in");
		}
		if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
			if (!Files.isWritable(out)) {
				throw refused(target, "cannot be written (permission denied)");
			}
			if (!isEmpty(out) && !Files.isRegularFile(out.resolve(RunManifest.FILE_NAME))) {
				throw refused(target, "holds files but is not a published run (no " + RunManifest.FILE_NAME
						+ "), and publishing would replace them: choose a new or empty folder");
			}
		}
	}

	/**
	 * Refuses a scheduled run's output folder that is, or is inside, its inbox (the agencies'
	 * transfer area, where case-level files must not be written), or an inbox inside it.
	 */
	public static void checkInbox(Path inbox, Path out) {
		Path in = real(inbox);
		Path to = real(out);
		if (to.startsWith(in)) {
			throw new IllegalArgumentException("output folder " + out + (to.equals(in) ? " is the inbox " : " is inside the inbox ")
					+ inbox + ", where the agencies' drops arrive: publish outside it");
		}
		if (in.startsWith(to)) {
			throw new IllegalArgumentException("the inbox " + inbox + " is inside the output folder " + out
					+ ": keep the drops outside what is published");
		}
	}

	private static IllegalArgumentException refused(Path target, String problem) {
		return new IllegalArgumentException("output folder " + target + " " + problem);
	}

	/** The path with links resolved as far as it exists: the same folder always compares equal. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = nearestExisting(absolute);
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		}
		catch (IOException ex) {
			return absolute;
		}
	}

	private static Path nearestExisting(Path path) {
		Path existing = path;
		while (existing.getParent() != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing;
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("output folder " + folder + " cannot be read: " + ex.getMessage(), ex);
		}
	}
}
