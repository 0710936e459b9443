package org.safeguarding.audit.jobs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams one table of a database source into the drop's CSV file (extract-format.md: UTF-8,
 * header first, RFC 4180 quoting, {@code \n} line ends): rows are fetched in batches through a
 * cursor and written as they come, never all held in memory. Dates are written {@code YYYY-MM-DD},
 * nulls as empty fields, every other value as the database gives it as text.
 */
final class TableCsv {

	static final int FETCH_SIZE = 1000;

	private TableCsv() {
	}

	/** Writes the table's header and rows to {@code file} (which must not exist) and returns the rows written. */
	static long write(Connection connection, SourceTable table, Path file) throws SQLException, IOException {
		try (PreparedStatement statement = connection.prepareStatement(table.select());
				Writer out = new BufferedWriter(new OutputStreamWriter(
						Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8), 1 << 16)) {
			statement.setFetchSize(FETCH_SIZE);
			List<String> header = table.columns();
			writeLine(out, header.toArray(String[]::new));
			try (ResultSet rs = statement.executeQuery()) {
				ResultSetMetaData meta = rs.getMetaData();
				boolean[] dates = new boolean[header.size()];
				for (int i = 0; i < dates.length; i++) {
					dates[i] = meta.getColumnType(i + 1) == Types.DATE;
				}
				String[] values = new String[header.size()];
				long rows = 0;
				while (rs.next()) {
					for (int i = 0; i < values.length; i++) {
						values[i] = text(rs, i + 1, dates[i]);
					}
					writeLine(out, values);
					rows++;
				}
				return rows;
			}
		}
	}

	private static String text(ResultSet rs, int column, boolean date) throws SQLException {
		if (date) {
			LocalDate value = rs.getObject(column, LocalDate.class);
			return (value != null) ? value.toString() : "";
		}
		String value = rs.getString(column);
		return (value != null) ? value : "";
	}

	static void writeLine(Writer out, String[] values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(values[i]));
		}
		out.write('\n');
	}

	/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
	static String quote(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + value.replace("\"", "\"\"") + '"';
			}
		}
		return value;
	}
}
