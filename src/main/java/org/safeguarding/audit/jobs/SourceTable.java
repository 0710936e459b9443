package org.safeguarding.audit.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguarding.audit.extract.Table;

/**
 * One extract table as a database source holds it: a table, view or materialised view of the
 * same name in the job's schema, with every R and C column of the format (O columns are read when
 * there). Names are matched exactly as PostgreSQL stores them (unquoted names are lower case).
 *
 * @param columns the format's columns the source table has, in format order
 */
record SourceTable(Table table, String schema, List<String> columns) {

	/** Looks the table up in the transaction's snapshot; a missing table or column refuses the pull. */
	static SourceTable find(Connection connection, String schema, Table table) throws SQLException {
		String name = schema + "." + table.tableName();
		Long oid = relation(connection, schema, table.tableName());
		if (oid == null) {
			throw new DropPullException("database: table " + name + " does not exist (a database source must hold "
					+ "every table of extract-format.md; an empty table when an agency has no rows of it)");
		}
		Set<String> present = columns(connection, oid);
		List<String> selected = new ArrayList<>();
		for (String column : ExtractColumns.of(table)) {
			if (present.contains(column)) {
				selected.add(column);
			}
			else if (ExtractColumns.mustExist(table, column)) {
				throw new DropPullException("database: column " + table.tableName() + "." + column + " does not exist in "
						+ name + " (every R and C column of extract-format.md must exist, even when empty)");
			}
		}
		return new SourceTable(table, schema, List.copyOf(selected));
	}

	/** The drop's file of this table. */
	String fileName() {
		return this.table.tableName() + ".csv";
	}

	/**
	 * Every row, ordered by all its values as text in byte order, so that the same rows give the
	 * same file and a database that did not change gives a drop with the same fingerprint.
	 */
	String select() {
		String columns = this.columns.stream().map(SourceTable::quote).collect(Collectors.joining(", "));
		String order = this.columns.stream()
			.map((c) -> quote(c) + "::text collate \"C\"")
			.collect(Collectors.joining(", "));
		return "select " + columns + " from " + quote(this.schema) + "." + quote(this.table.tableName()) + " order by "
				+ order;
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static Long relation(Connection connection, String schema, String table) throws SQLException {
		String sql = "select c.oid from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace "
				+ "where n.nspname = ? and c.relname = ? and c.relkind in ('r', 'p', 'v', 'm', 'f')";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			statement.setString(2, table);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? rs.getLong(1) : null;
			}
		}
	}

	private static Set<String> columns(Connection connection, long oid) throws SQLException {
		String sql = "select attname from pg_catalog.pg_attribute where attrelid = ?::oid and attnum > 0 and not attisdropped";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, oid);
			Set<String> names = new HashSet<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			return names;
		}
	}
}
