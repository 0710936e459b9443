package org.safeguarding.audit.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only access log: this class only ever inserts and reads (the database refuses any
 * change or deletion, migration V11).
 */
@Component
public class AccessLog {

	/** Entries per page, in the page and the API. */
	public static final int PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	public AccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records one action; {@code target} names what it was done to (run id, job, period, case id, file). */
	public void record(String username, AccessAction action, String target, String clientAddress) {
		this.jdbc.sql("""
				insert into access_log (at, username, action, target, client_address)
				values (:at, :user, :action, :target, :address)""")
			.param("at", OffsetDateTime.now())
			.param("user", (username != null) ? username : "anonymous")
			.param("action", action.name())
			.param("target", target)
			.param("address", clientAddress)
			.update();
	}

	/**
	 * Entries newest first, within [from, to) when given, of one user when given (case-insensitive);
	 * {@code page} counts from 0.
	 */
	public List<Entry> find(OffsetDateTime from, OffsetDateTime to, String user, int page) {
		return this.jdbc.sql("""
				select id, at, username, action, target, client_address from access_log
				where (cast(:from as timestamptz) is null or at >= :from)
				  and (cast(:to as timestamptz) is null or at < :to)
				  and (cast(:user as text) is null or lower(username) = lower(:user))
				order by at desc, id desc limit :limit offset :offset""")
			.param("from", from)
			.param("to", to)
			.param("user", (user == null || user.isBlank()) ? null : user.strip())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) page * PAGE_SIZE)
			.query(Entry.class)
			.list();
	}

	/** One entry. */
	public record Entry(long id, OffsetDateTime at, String username, String action, String target,
			String clientAddress) {
	}
}
