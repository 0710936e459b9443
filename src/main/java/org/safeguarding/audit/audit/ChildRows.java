package org.safeguarding.audit.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

/**
 * One open cursor over a table's rows in byte order of the child id (the first column), from
 * which the case file reader takes each child's rows in turn. Rows of children it never asks
 * for (not in the cohort) are passed over.
 */
final class ChildRows<T> implements AutoCloseable {

	private final String query;

	private final PreparedStatement statement;

	private final ResultSet rows;

	private final RowMapper<T> mapper;

	/** The child id of the row the cursor is on; null when there are no more rows. */
	private String child;

	ChildRows(String query, PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
		this.query = query;
		this.statement = statement;
		this.rows = statement.executeQuery();
		this.mapper = mapper;
		advance();
	}

	/** The child id the cursor is on, or null when it is at the end. */
	String child() {
		return this.child;
	}

	/** Moves on to the next row; the mapper reads columns from the second (the first is the child id). */
	T take() throws SQLException {
		T row = this.mapper.mapRow(this.rows, 0);
		advance();
		return row;
	}

	/** The rows of this child, in query order; rows of children before it are passed over. */
	List<T> rowsOf(String childId) throws SQLException {
		while (this.child != null && ByteOrder.compare(this.child, childId) < 0) {
			advance();
		}
		if (this.child == null || !this.child.equals(childId)) {
			return List.of();
		}
		List<T> found = new ArrayList<>(4);
		do {
			found.add(take());
		}
		while (childId.equals(this.child));
		return found;
	}

	@Override
	public void close() throws SQLException {
		this.statement.close();
	}

	private void advance() throws SQLException {
		String previous = this.child;
		this.child = this.rows.next() ? this.rows.getString(1) : null;
		if (this.child != null && previous != null && ByteOrder.compare(this.child, previous) < 0) {
			// A merge on rows out of order would silently lose a child's rows: refuse instead.
			throw new IllegalStateException(this.query + " returned " + this.child + " after " + previous
					+ ": rows are not in byte order of the child id");
		}
	}
}
