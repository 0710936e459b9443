package org.safeguarding.audit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins per user name, kept in the database so every instance counts them: the fifth
 * within {@link #WINDOW} locks the name for {@link #WINDOW}; while locked, sign-ins are refused
 * without their password being checked. Names that belong to no user are counted and locked the
 * same way, so a lock tells nothing about who has an account.
 * <p>
 * Each attempt is counted as a failure <em>before</em> its password is checked (and the count
 * taken back when it succeeds), under a lock on the name: guesses sent all at once are counted
 * one after another, so no more than five are ever checked in a window.
 */
@Component
public class SignInFailures {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	public SignInFailures(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this(jdbc, transactionManager, Clock.systemUTC());
	}

	SignInFailures(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What an attempt may do: go on to its password, or not, the name being locked (or locked now). */
	public enum Attempt {
		ALLOWED, LOCKED, LOCKED_NOW
	}

	/**
	 * Counts an attempt for the name as a failure until {@link #succeeded} takes it back; refused
	 * (without its password being checked) while the name is locked, and once this attempt would
	 * be the sixth within the window, which locks it now.
	 */
	public Attempt attempt(String username) {
		return this.transaction.execute(status -> {
			String name = username.toLowerCase(java.util.Locale.ROOT);
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", name).query((rs, i) -> 1).list();
			if (locked(name, now)) {
				return Attempt.LOCKED;
			}
			this.jdbc.sql("delete from sign_in_failure where failed_at <= :old").param("old", now.minus(WINDOW)).update();
			this.jdbc.sql("delete from sign_in_lock where locked_until <= :now").param("now", now).update();
			int recent = this.jdbc.sql("select count(*) from sign_in_failure where lower(username) = :name")
				.param("name", name)
				.query(Integer.class)
				.single();
			if (recent >= LIMIT) {
				lock(name, now);
				return Attempt.LOCKED_NOW;
			}
			this.jdbc.sql("insert into sign_in_failure (username, failed_at) values (:name, :now)")
				.param("name", name)
				.param("now", now)
				.update();
			return Attempt.ALLOWED;
		});
	}

	/**
	 * Whether this failed attempt was the fifth within the window: the name is then locked now.
	 * (The attempt is already counted.)
	 */
	public boolean lockedByThisFailure(String username) {
		return this.transaction.execute(status -> {
			String name = username.toLowerCase(java.util.Locale.ROOT);
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", name).query((rs, i) -> 1).list();
			int recent = this.jdbc.sql("select count(*) from sign_in_failure where lower(username) = :name")
				.param("name", name)
				.query(Integer.class)
				.single();
			if (recent >= LIMIT && !locked(name, now)) {
				lock(name, now);
				return true;
			}
			return false;
		});
	}

	/** Whether the name is locked now. */
	public boolean locked(String username) {
		return locked(username.toLowerCase(java.util.Locale.ROOT), OffsetDateTime.now(this.clock));
	}

	/** A successful sign-in starts the count again (its own attempt included). */
	public void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_failure where lower(username) = lower(:name)").param("name", username).update();
	}

	private boolean locked(String name, OffsetDateTime now) {
		return this.jdbc.sql("select count(*) from sign_in_lock where username = :name and locked_until > :now")
			.param("name", name)
			.param("now", now)
			.query(Integer.class)
			.single() > 0;
	}

	private void lock(String name, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into sign_in_lock (username, locked_until) values (:name, :until)
				on conflict (username) do update set locked_until = excluded.locked_until""")
			.param("name", name)
			.param("until", now.plus(WINDOW))
			.update();
		this.jdbc.sql("delete from sign_in_failure where lower(username) = :name").param("name", name).update();
	}
}
