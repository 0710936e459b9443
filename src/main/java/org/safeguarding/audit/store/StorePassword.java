package org.safeguarding.audit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's password: random, one per data folder, kept in {@code <folder>.password}
 * beside it, readable and writable by its owner only (POSIX 0600). Beside the folder, not in it,
 * because {@code initdb} needs an empty folder and reads the password from this file.
 */
final class StorePassword {

	private static final Logger log = LoggerFactory.getLogger(StorePassword.class);

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private StorePassword() {
	}

	static Path file(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".password");
	}

	/** The folder's password, made (with its file) when the folder has none yet. */
	static String readOrCreate(Path dataDir) {
		Path file = file(dataDir);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			ownerOnly(file);
			String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (password.isEmpty()) {
				throw new IllegalStateException("the embedded PostgreSQL's password file " + file
						+ " is empty: restore it, or move " + dataDir + " away to start a new store");
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or write the embedded PostgreSQL's password file " + file + ": "
					+ ex.getMessage(), ex);
		}
	}

	/** Written whole under a temporary name made owner-only from the start, then renamed. */
	private static void create(Path file) throws IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Path temp = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temp);
		try {
			Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(temp);
			temp.toFile().setReadable(false, false);
			temp.toFile().setReadable(true, true);
		}
		Files.writeString(temp, password + "\n", StandardCharsets.US_ASCII);
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temp);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
				log.warn("The password file {} could be read by others; it is now readable by its owner only", file);
			}
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the folder's own permissions protect it.
		}
	}
}
