package org.safeguarding.audit.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One table's rows streamed to PostgreSQL with {@code COPY ... FROM STDIN} as they come, a
 * buffer of about 64 KB at a time: PostgreSQL stores one buffer while the caller prepares the
 * next, and memory does not grow with the rows. The COPY runs on the current Spring
 * transaction's connection. It can be ended and started again ({@link #pause()}) so that the
 * connection can run other statements in between; {@link #finish()} returns the rows PostgreSQL
 * says it stored.
 */
public final class CopyStream implements AutoCloseable {

	private static final int BUFFER_CHARS = 64 * 1024;

	private final DataSource dataSource;

	private final String sql;

	private final String table;

	private final StringBuilder text = new StringBuilder(BUFFER_CHARS + 4096);

	private Connection connection;

	private CopyIn copyIn;

	private long stored;

	public CopyStream(DataSource dataSource, String table, List<String> columns) {
		this.dataSource = dataSource;
		this.table = table;
		this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
	}

	/** Adds a row, values in column order (see {@link PgCopy} for the types taken). */
	public void row(Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append('\t');
			}
			PgCopy.appendValue(this.text, values[i]);
		}
		this.text.append('\n');
		if (this.text.length() >= BUFFER_CHARS) {
			send();
		}
	}

	/** Ends the COPY running now, if any, so that the connection is free for other statements. */
	public void pause() {
		send();
		if (this.copyIn != null) {
			try {
				this.stored += this.copyIn.endCopy();
			}
			catch (SQLException ex) {
				throw failure(ex);
			}
			finally {
				this.copyIn = null;
				release();
			}
		}
	}

	/** Ends the COPY and returns how many rows PostgreSQL stored in all. */
	public long finish() {
		pause();
		return this.stored;
	}

	/** Abandons a COPY still running (after a failure); the transaction rolls it back. */
	@Override
	public void close() {
		if (this.copyIn != null) {
			try {
				if (this.copyIn.isActive()) {
					this.copyIn.cancelCopy();
				}
			}
			catch (SQLException ex) {
				// The transaction is failing already; the first error is the one to report.
			}
			finally {
				this.copyIn = null;
				release();
			}
		}
	}

	private void send() {
		if (this.text.isEmpty()) {
			return;
		}
		byte[] bytes = this.text.toString().getBytes(StandardCharsets.UTF_8);
		this.text.setLength(0);
		try {
			if (this.copyIn == null) {
				this.connection = DataSourceUtils.getConnection(this.dataSource);
				this.copyIn = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.sql);
			}
			this.copyIn.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	private void release() {
		DataSourceUtils.releaseConnection(this.connection, this.dataSource);
		this.connection = null;
	}

	private DataAccessResourceFailureException failure(SQLException ex) {
		return new DataAccessResourceFailureException("COPY into " + this.table + " failed: " + ex.getMessage(), ex);
	}
}
