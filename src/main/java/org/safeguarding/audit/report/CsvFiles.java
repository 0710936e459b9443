package org.safeguarding.audit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a query's rows as a published CSV file (outputs.md: UTF-8, RFC 4180 quoting, header
 * first, {@code \n} line ends), streaming: rows go to the file as the cursor delivers them.
 * Public for the files other features add to a run's folder (the review package's reviews.csv).
 */
public final class CsvFiles {

	private final JdbcTemplate jdbc;

	public CsvFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the header and every row of the query (its columns in header order) to the file. */
	public void write(Path file, List<String> header, String sql, Object... args) {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writeLine(out, header.toArray(String[]::new));
			String[] values = new String[header.size()];
			this.jdbc.query(sql, (ResultSet rs) -> {
				for (int i = 0; i < values.length; i++) {
					values[i] = text(rs, i + 1);
				}
				try {
					writeLine(out, values);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, args);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String text(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof java.math.BigDecimal d) {
			return d.toPlainString();
		}
		return value == null ? "" : value.toString();
	}

	static void writeLine(BufferedWriter out, String[] values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(values[i]));
		}
		out.write('\n');
	}

	static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
