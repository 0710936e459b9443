package org.safeguarding.audit.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user as administrators see it (never the password hash). */
public record UserAccount(long id, String username, Set<Role> roles, boolean enabled, OffsetDateTime createdAt,
		OffsetDateTime changedAt) {
}
