package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the product writes it everywhere (drops, files, tools, manifests): lower-case hex. */
public final class Sha256 {

	private Sha256() {
	}

	/** A new digest to feed bytes to. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The digest's value as 64 lower-case hex digits. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String of(byte[] bytes) {
		MessageDigest digest = digest();
		digest.update(bytes);
		return hex(digest);
	}

	/** Of the text's UTF-8 bytes. */
	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Of a file's bytes, read streaming. */
	public static String of(Path file) {
		MessageDigest digest = digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return hex(digest);
	}
}
