package org.safeguarding.audit.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do (service.md, "Roles"); a user holds one or more. */
public enum Role {

	/** Board pages and the board pack of published runs: suppressed, no identifiers. */
	BOARD,

	/** Everything BOARD may, plus case-level pages and files, reviews, samples, moderation, commentary. */
	QA_OFFICER,

	/** Jobs and runs; the run files manifest.json and rejected-rows.csv; the board pack. */
	OPERATOR,

	/** Users and roles, the access log. */
	ADMIN;

	/** Reads {@code BOARD,QA_OFFICER}; anything else names the value and the roles there are. */
	public static Set<Role> parseList(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("role is missing (one or more of " + names() + ")");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String part : text.split(",")) {
			String name = part.strip().toUpperCase(Locale.ROOT);
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("role '" + part.strip() + "' is not one of " + names());
			}
		}
		return roles;
	}

	static String names() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}

	/** The authority Spring Security checks: {@code ROLE_BOARD}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
