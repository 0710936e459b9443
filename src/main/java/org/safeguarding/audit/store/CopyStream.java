package org.safeguarding.audit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One table's rows streamed to PostgreSQL with {@code COPY ... FROM STDIN (format binary)} as
 * they come, a buffer of about 64 KB at a time: PostgreSQL stores one buffer while the caller
 * prepares the next, and memory does not grow with the rows. Values must have the Java type of
 * their column ({@link BinaryRows}). The COPY runs on the current Spring
 * transaction's connection. It can be ended and started again ({@link #pause()}) so that the
 * connection can run other statements in between; {@link #finish()} returns the rows PostgreSQL
 * says it stored.
 */
public final class CopyStream implements AutoCloseable {

	private static final int BUFFER_BYTES = 64 * 1024;

	private final DataSource dataSource;

	private final String sql;

	private final String table;

	private final BinaryRows buffer = new BinaryRows();

	private Connection connection;

	private CopyIn copyIn;

	private long stored;

	public CopyStream(DataSource dataSource, String table, List<String> columns) {
		this.dataSource = dataSource;
		this.table = table;
		this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format binary)";
	}

	/** Adds a row, values in column order. */
	public void row(Object[] values) {
		this.buffer.row(values);
		if (this.buffer.size() >= BUFFER_BYTES) {
			send();
		}
	}

	/** Ends the COPY running now, if any, so that the connection is free for other statements. */
	public void pause() {
		send();
		if (this.copyIn != null) {
			try {
				this.buffer.trailer();
				write();
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

	/** Sends the buffered rows, starting a COPY (and its header) first if none is running. */
	private void send() {
		if (this.buffer.size() == 0) {
			return;
		}
		try {
			if (this.copyIn == null) {
				this.connection = DataSourceUtils.getConnection(this.dataSource);
				this.copyIn = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.sql);
				BinaryRows header = new BinaryRows();
				header.header();
				this.copyIn.writeToCopy(header.bytes(), 0, header.size());
			}
			write();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	private void write() throws SQLException {
		this.copyIn.writeToCopy(this.buffer.bytes(), 0, this.buffer.size());
		this.buffer.clear();
	}

	private void release() {
		DataSourceUtils.releaseConnection(this.connection, this.dataSource);
		this.connection = null;
	}

	private DataAccessResourceFailureException failure(SQLException ex) {
		return new DataAccessResourceFailureException("COPY into " + this.table + " failed: " + ex.getMessage(), ex);
	}
}
