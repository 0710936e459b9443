package org.safeguarding.audit.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One extract file being written: header line first, RFC 4180 quoting, {@code \n} line ends, UTF-8. */
final class CsvOut implements Closeable {

	private final Writer writer;

	private final StringBuilder line = new StringBuilder(256);

	private long rows;

	CsvOut(Path file, List<String> header) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				1 << 16);
		writeLine(header);
	}

	void write(List<String> fields) throws IOException {
		writeLine(fields);
		this.rows++;
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		this.writer.close();
	}

	private void writeLine(List<String> fields) throws IOException {
		this.line.setLength(0);
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.line.append(',');
			}
			appendField(this.line, fields.get(i));
		}
		this.writer.append(this.line.append('\n'));
	}

	/** Quotes a field only when it holds a comma, a quote or a line break, doubling its quotes. */
	static void appendField(StringBuilder line, String field) {
		boolean quote = false;
		for (int i = 0; i < field.length() && !quote; i++) {
			char c = field.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			line.append(field);
			return;
		}
		line.append('"');
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			line.append(c);
			if (c == '"') {
				line.append('"');
			}
		}
		line.append('"');
	}
}
