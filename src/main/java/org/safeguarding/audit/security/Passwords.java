package org.safeguarding.audit.security;

import java.security.SecureRandom;

/** Passwords: the rules a chosen one must meet, and generated ones. */
public final class Passwords {

	/** service.md: at least 12 characters. */
	public static final int MINIMUM_LENGTH = 12;

	/** Longer than any passphrase; BCrypt reads only the first 72 bytes anyway. */
	public static final int MAXIMUM_LENGTH = 72;

	// No characters that read alike (0/O, 1/l/I) for a password read out or copied from a terminal.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** A new random password of 20 characters (about 117 bits). */
	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Refuses a password that is too short or too long, saying its length, never its text. */
	public static void check(String password) {
		int length = (password == null) ? 0 : password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			throw new InvalidUserException("password", "password must be at least " + MINIMUM_LENGTH
					+ " characters (was " + length + ")");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_LENGTH) {
			throw new InvalidUserException("password", "password must be at most " + MAXIMUM_LENGTH + " bytes");
		}
	}
}
