package org.safeguarding.audit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name, kept in the database so every instance counts them: the fifth
 * within {@link #WINDOW} locks the name for {@link #WINDOW}; while locked, sign-ins are refused
 * without their password being checked. Names that belong to no user are counted and locked the
 * same way, so a lock tells nothing about who has an account.
 */
@Component
public class SignInFailures {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	public SignInFailures(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	SignInFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the name is locked now. */
	public boolean locked(String username) {
		return this.jdbc.sql("select count(*) from sign_in_lock where username = lower(:name) and locked_until > :now")
			.param("name", username)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Integer.class)
			.single() > 0;
	}

	/** Records a failure; returns true when it is the fifth within the window, which locks the name now. */
	public boolean failed(String username) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("delete from sign_in_failure where failed_at <= :old").param("old", now.minus(WINDOW)).update();
		this.jdbc.sql("insert into sign_in_failure (username, failed_at) values (:name, :now)")
			.param("name", username)
			.param("now", now)
			.update();
		int recent = this.jdbc.sql("select count(*) from sign_in_failure where lower(username) = lower(:name)")
			.param("name", username)
			.query(Integer.class)
			.single();
		if (recent < LIMIT) {
			return false;
		}
		this.jdbc.sql("""
				insert into sign_in_lock (username, locked_until) values (lower(:name), :until)
				on conflict (username) do update set locked_until = excluded.locked_until""")
			.param("name", username)
			.param("until", now.plus(WINDOW))
			.update();
		this.jdbc.sql("delete from sign_in_failure where lower(username) = lower(:name)").param("name", username).update();
		return true;
	}

	/** A successful sign-in starts the count again. */
	public void succeeded(String username) {
		this.jdbc.sql("delete from sign_in_failure where lower(username) = lower(:name)").param("name", username).update();
	}
}
