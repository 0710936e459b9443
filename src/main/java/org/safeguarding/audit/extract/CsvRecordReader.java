package org.safeguarding.audit.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, keeping physical line numbers (header = line 1).
 * <p>
 * Quoted fields may hold commas, doubled quotes and line breaks; LF, CRLF and a lone CR end
 * a line; a leading byte-order mark is dropped; completely blank lines (only spaces or tabs,
 * outside quotes) are skipped but counted. A stray quote is a {@linkplain CsvRecord#malformation()
 * malformation} of its record. Throws {@link NotCsvException} when the input cannot be CSV (an
 * unclosed quote, a NUL character, a record over {@value #MAX_RECORD_CHARS} characters, a
 * decoding error of a strict reader such as {@link DropInspector#openUtf8}) and
 * {@link UncheckedIOException} when reading fails. Fields are kept exactly, not trimmed.
 */
public final class CsvRecordReader implements Closeable {

	/** Bounds memory when a stray quote would otherwise swallow the rest of a huge file. */
	static final int MAX_RECORD_CHARS = 1_000_000;

	private static final int END = -1;

	private static final int START = 0, UNQUOTED = 1, QUOTED = 2, AFTER_QUOTE = 3;

	private final Reader reader;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private int line = 1;

	private boolean bomChecked;

	public CsvRecordReader(Reader reader) {
		this.reader = reader;
	}

	/** The next record, or null at the end of the input. */
	public CsvRecord next() {
		CsvRecord record;
		do {
			record = readRecord();
		}
		while (record != null && isBlank(record));
		return record;
	}

	private CsvRecord readRecord() {
		int startLine = this.line;
		int quoteLine = 0;
		int state = START;
		StringBuilder raw = new StringBuilder();
		StringBuilder field = new StringBuilder();
		List<String> fields = new ArrayList<>();
		String malformation = null;
		int c = read();
		if (c == END) {
			return null;
		}
		while (c != END && !(state != QUOTED && isLineEnd(c))) {
			raw.append((char) c);
			if (raw.length() > MAX_RECORD_CHARS) {
				throw new NotCsvException(startLine, "the record starting on line " + startLine
						+ " is longer than " + MAX_RECORD_CHARS + " characters");
			}
			if (c == '"' && state == START) {
				state = QUOTED;
				quoteLine = this.line;
			}
			else if (c == '"' && state == QUOTED) {
				state = AFTER_QUOTE;
			}
			else if (c == ',' && state != QUOTED) {
				fields.add(field.toString());
				field.setLength(0);
				state = START;
			}
			else {
				if (state == AFTER_QUOTE && c != '"' && malformation == null) {
					malformation = "unexpected character '" + (char) c + "' after closing quote in field "
							+ (fields.size() + 1);
				}
				else if (state == UNQUOTED && c == '"' && malformation == null) {
					malformation = "unexpected quote in unquoted field " + (fields.size() + 1);
				}
				// A doubled quote inside quotes stays quoted; anything else after a closing
				// quote is read as unquoted so a malformed record still ends at its line end.
				state = (state == AFTER_QUOTE && c == '"') || state == QUOTED ? QUOTED : UNQUOTED;
				field.append((char) c);
				if (isLineEnd(c)) {
					appendLineBreak(c, raw, field);
				}
			}
			c = read();
		}
		if (c == END && state == QUOTED) {
			throw new NotCsvException(quoteLine, "the quoted field starting on line " + quoteLine
					+ " is never closed");
		}
		if (c != END) {
			endLine(c);
		}
		fields.add(field.toString());
		return new CsvRecord(startLine, fields, raw.toString(), malformation);
	}

	private void appendLineBreak(int c, StringBuilder raw, StringBuilder field) {
		if (c == '\r' && peek() == '\n') {
			read();
			raw.append('\n');
			field.append('\n');
		}
		this.line++;
	}

	private void endLine(int c) {
		if (c == '\r' && peek() == '\n') {
			read();
		}
		this.line++;
	}

	private static boolean isLineEnd(int c) {
		return c == '\n' || c == '\r';
	}

	private static boolean isBlank(CsvRecord record) {
		return record.raw().chars().allMatch((c) -> c == ' ' || c == '\t');
	}

	private int read() {
		int c = peek();
		if (c != END) {
			this.position++;
		}
		return c;
	}

	private int peek() {
		if (this.position == this.limit && !fill()) {
			return END;
		}
		char c = this.buffer[this.position];
		if (c == '\0') {
			throw new NotCsvException(this.line, "line " + this.line + " contains a NUL character");
		}
		return c;
	}

	private boolean fill() {
		int count;
		try {
			count = this.reader.read(this.buffer, 0, this.buffer.length);
		}
		catch (CharacterCodingException ex) {
			throw new NotCsvException(this.line, "line " + this.line + " is not valid UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.position = 0;
		this.limit = Math.max(count, 0);
		if (!this.bomChecked && count > 0) {
			this.bomChecked = true;
			if (this.buffer[0] == '\uFEFF') {
				this.position = 1;
				return this.limit > 1 || fill();
			}
		}
		return count > 0;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
