package org.safeguarding.audit.report;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 * Text that a spreadsheet would take for a formula is written with a leading {@code '}.
 * Public for the files other features add to a run's folder (the review package's reviews.csv).
 */
public final class CsvFiles {

	private final JdbcTemplate jdbc;

	public CsvFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the header and every row of the query (its columns in header order) to the file. */
	public void write(Path file, List<String> header, String sql, Object... args) {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(out, header, sql, args);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes the header and every row of the query to the stream, as the file would be (for a
	 * case-level list downloaded from a page); the stream is flushed, not closed.
	 */
	public void write(OutputStream stream, List<String> header, String sql, Object... args) throws IOException {
		BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
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
		out.flush();
	}

	private static String text(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof java.math.BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		return value == null ? "" : neutralised(value.toString());
	}

	/**
	 * A text value as outputs.md has it written: one that begins with {@code =}, {@code +},
	 * {@code -}, {@code @}, a tab or a carriage return (a formula to a spreadsheet, which would run
	 * it when a QA officer opens the file) gets a leading {@code '}, and so does one that already
	 * begins with {@code '}, so that reading the file back never loses a quote the drop had.
	 */
	static String neutralised(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + text;
			default -> text;
		};
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
