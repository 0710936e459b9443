package org.safeguarding.audit.security;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users: created or updated with their roles and a password (stored only as its adaptive
 * hash), disabled (never deleted: their history stays). Every change is in the access log, by
 * whoever made it.
 */
@Component
public class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.accessLog = accessLog;
	}

	/**
	 * Creates the user, or updates their roles (and password, when one is given) and enables them
	 * again; returns whether the user was created.
	 * @param password the new password, or null to keep an existing user's
	 */
	@Transactional
	public boolean save(String username, Set<Role> roles, String password, String by, String clientAddress) {
		String name = checkedName(username);
		if (roles == null || roles.isEmpty()) {
			throw new InvalidUserException("roles", "a user needs at least one role (" + Role.names() + ")");
		}
		if (password != null) {
			Passwords.check(password);
		}
		Optional<Long> existing = this.jdbc.sql("select id from app_user where lower(username) = :name for update")
			.param("name", name)
			.query(Long.class)
			.optional();
		OffsetDateTime now = OffsetDateTime.now();
		if (existing.isEmpty()) {
			if (password == null) {
				throw new InvalidUserException("password", "a new user needs a password");
			}
			this.jdbc.sql("""
					insert into app_user (username, password_hash, roles, enabled, created_at, changed_at)
					values (:name, :hash, :roles, true, :now, :now)""")
				.param("name", name)
				.param("hash", this.passwords.encode(password))
				.param("roles", roleNames(roles))
				.param("now", now)
				.update();
			this.accessLog.record(by, AccessAction.USER_CREATED, name + " " + roles, clientAddress);
			return true;
		}
		this.jdbc.sql("""
				update app_user set roles = :roles, enabled = true, changed_at = :now,
				    password_hash = coalesce(:hash, password_hash)
				where id = :id""")
			.param("roles", roleNames(roles))
			.param("now", now)
			.param("hash", (password != null) ? this.passwords.encode(password) : null)
			.param("id", existing.get())
			.update();
		this.accessLog.record(by, AccessAction.USER_CHANGED,
				name + " " + roles + ((password != null) ? " new password" : ""), clientAddress);
		return false;
	}

	/** The user can no longer sign in; their history stays. */
	@Transactional
	public void disable(String username, String by, String clientAddress) {
		String name = checkedName(username);
		int changed = this.jdbc.sql("update app_user set enabled = false, changed_at = :now where lower(username) = :name")
			.param("now", OffsetDateTime.now())
			.param("name", name)
			.update();
		if (changed == 0) {
			throw new InvalidUserException("username", "user '" + name + "' does not exist");
		}
		this.accessLog.record(by, AccessAction.USER_DISABLED, name, clientAddress);
	}

	public List<UserAccount> all() {
		return this.jdbc.sql("select id, username, roles, enabled, created_at, changed_at from app_user order by username")
			.query(ACCOUNT)
			.list();
	}

	public Optional<UserAccount> find(String username) {
		return this.jdbc.sql("""
				select id, username, roles, enabled, created_at, changed_at from app_user
				where lower(username) = lower(:name)""")
			.param("name", username)
			.query(ACCOUNT)
			.optional();
	}

	public int count() {
		return this.jdbc.sql("select count(*) from app_user").query(Integer.class).single();
	}

	/** The stored hash, for signing in only. */
	Optional<String> passwordHash(String username) {
		return this.jdbc.sql("select password_hash from app_user where lower(username) = lower(:name)")
			.param("name", username)
			.query(String.class)
			.optional();
	}

	/** A user name as stored: lower case, 2 to 64 of letters, digits and {@code . _ @ -}. */
	static String checkedName(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new InvalidUserException("username", "username '" + username
					+ "' must be 2 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
		}
		return name;
	}

	private static String[] roleNames(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toArray(String[]::new);
	}

	private static final RowMapper<UserAccount> ACCOUNT = (rs, i) -> new UserAccount(rs.getLong("id"),
			rs.getString("username"), roles(rs.getArray("roles")), rs.getBoolean("enabled"),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("changed_at", OffsetDateTime.class));

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object name : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) name));
		}
		return roles;
	}
}
