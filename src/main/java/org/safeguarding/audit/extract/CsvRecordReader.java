package org.safeguarding.audit.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
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
 * <p>
 * A record is cut straight from the character buffer (which is compacted, or grown up to the
 * record limit, when a record crosses its end); only fields holding quotes are rebuilt.
 */
public final class CsvRecordReader implements Closeable {

	/** Bounds memory when a stray quote would otherwise swallow the rest of a huge file. */
	static final int MAX_RECORD_CHARS = 1_000_000;

	private static final int END = -1;

	private static final int START = 0, UNQUOTED = 1, QUOTED = 2, AFTER_QUOTE = 3;

	private static final int INITIAL_BUFFER = 64 * 1024;

	private final Reader reader;

	private char[] buffer = new char[INITIAL_BUFFER];

	private int position;

	private int limit;

	/** Start of the record being read in {@link #buffer}; kept by {@link #fill()}. */
	private int recordStart;

	private int line;

	private boolean bomChecked;

	private boolean ended;

	/** Whether the input ended in the middle of a line (no line break after its last record). */
	private boolean endedMidLine;

	private long blankLines;

	private final int firstLine;

	/** Field boundaries of the record being read: start and end (exclusive) per field. */
	private int[] bounds = new int[64];

	/** Bit per field: whether the field holds a quote, so must be rebuilt. */
	private boolean[] quoted = new boolean[32];

	public CsvRecordReader(Reader reader) {
		this(reader, 1);
	}

	/**
	 * Reads from a {@link DropFile.Cut} on: {@code reader} starts at the cut's record, which is on
	 * line {@code firstLine} of the file (no byte-order mark to drop there).
	 */
	public CsvRecordReader(Reader reader, int firstLine) {
		this.reader = reader;
		this.line = firstLine;
		this.firstLine = firstLine;
		this.bomChecked = firstLine > 1;
	}

	/** The next record, or null at the end of the input. */
	public CsvRecord next() {
		CsvRecord record = readRecord();
		while (record != null && isBlank(record.raw())) {
			this.blankLines++;
			record = readRecord();
		}
		return record;
	}

	/** The blank lines skipped so far (a blank line is one physical line: it holds no quote). */
	public long blankLines() {
		return this.blankLines;
	}

	/**
	 * The physical lines read so far, from the reader's first line: every line break, and the
	 * last line if the input ended without one. Complete once {@link #next()} has returned null.
	 */
	public long physicalLines() {
		return this.line - this.firstLine + (this.endedMidLine ? 1 : 0);
	}

	private CsvRecord readRecord() {
		int startLine = this.line;
		int quoteLine = 0;
		int state = START;
		String malformation = null;
		this.recordStart = this.position;
		if (this.position == this.limit && !fill()) {
			return null;
		}
		char[] buf = this.buffer;
		int pos = this.position;
		this.recordStart = pos;
		// field boundaries are kept relative to recordStart, which fill() may move
		int fieldCount = 0;
		int fieldStart = 0;
		boolean fieldQuoted = false;
		int c;
		while (true) {
			if (pos == this.limit) {
				this.position = pos;
				boolean more = fill();
				pos = this.position;
				buf = this.buffer;
				if (!more) {
					c = END;
					break;
				}
			}
			c = buf[pos];
			if ((state != QUOTED ? (state != AFTER_QUOTE && c > '"' && c != ',') : (c > '\r' && c != '"'))
					&& pos - this.recordStart < MAX_RECORD_CHARS) {
				// fast path: a run of plain characters, up to the record limit
				int stop = Math.min(this.limit, this.recordStart + MAX_RECORD_CHARS);
				if (state == QUOTED) {
					while (pos < stop && (c = buf[pos]) > '\r' && c != '"') {
						pos++;
					}
				}
				else {
					state = UNQUOTED;
					while (pos < stop && (c = buf[pos]) > '"' && c != ',') {
						pos++;
					}
				}
				continue;
			}
			if (c == '\0') {
				throw new NotCsvException(this.line, "line " + this.line + " contains a NUL character");
			}
			if (state != QUOTED && (c == '\n' || c == '\r')) {
				pos++;
				break;
			}
			if (pos - this.recordStart >= MAX_RECORD_CHARS) {
				throw new NotCsvException(startLine, "the record starting on line " + startLine
						+ " is longer than " + MAX_RECORD_CHARS + " characters");
			}
			pos++;
			if (c == ',') {
				if (state != QUOTED) {
					int end = pos - 1 - this.recordStart;
					fieldCount = addField(fieldCount, fieldStart, end, fieldQuoted);
					fieldStart = end + 1;
					fieldQuoted = false;
					state = START;
				}
				// a comma inside quotes is a plain character and leaves the state QUOTED
			}
			else if (c == '"') {
				fieldQuoted = true;
				if (state == START) {
					state = QUOTED;
					quoteLine = this.line;
				}
				else if (state == QUOTED) {
					state = AFTER_QUOTE;
				}
				else if (state == AFTER_QUOTE) {
					state = QUOTED;
				}
				else if (malformation == null) {
					malformation = "unexpected quote in unquoted field " + (fieldCount + 1);
				}
			}
			else if (state != QUOTED) {
				if (state == AFTER_QUOTE && malformation == null) {
					malformation = "unexpected character '" + (char) c + "' after closing quote in field "
							+ (fieldCount + 1);
				}
				state = UNQUOTED;
			}
			else if (c == '\n' || c == '\r') {
				// a line break inside quotes: CRLF counts once
				if (c == '\r') {
					this.position = pos;
					int next = peekAt();
					pos = this.position;
					buf = this.buffer;
					if (next == '\n') {
						pos++;
					}
				}
				this.line++;
			}
		}
		if (c == END && state == QUOTED) {
			throw new NotCsvException(quoteLine, "the quoted field starting on line " + quoteLine
					+ " is never closed");
		}
		int base = this.recordStart;
		int recordEnd = (c == END) ? pos : pos - 1;
		fieldCount = addField(fieldCount, fieldStart, recordEnd - base, fieldQuoted);
		String raw = new String(buf, base, recordEnd - base);
		String[] fields = new String[fieldCount];
		int[] bounds = this.bounds;
		for (int i = 0; i < fieldCount; i++) {
			int from = base + bounds[2 * i];
			int to = base + bounds[2 * i + 1];
			fields[i] = this.quoted[i] ? unquote(buf, from, to) : new String(buf, from, to - from);
		}
		this.position = pos;
		this.recordStart = pos;
		this.endedMidLine = c == END;
		if (c != END) {
			// end of line outside quotes: CRLF counts once
			if (c == '\r' && peekAt() == '\n') {
				this.position++;
			}
			this.line++;
		}
		return new CsvRecord(startLine, List.of(fields), raw, malformation);
	}

	private int addField(int fieldCount, int from, int to, boolean hasQuote) {
		if (2 * fieldCount + 2 > this.bounds.length) {
			this.bounds = Arrays.copyOf(this.bounds, this.bounds.length * 2);
			this.quoted = Arrays.copyOf(this.quoted, this.quoted.length * 2);
		}
		this.bounds[2 * fieldCount] = from;
		this.bounds[2 * fieldCount + 1] = to;
		this.quoted[fieldCount] = hasQuote;
		return fieldCount + 1;
	}

	/** The field's text: quotes that open or close a quoted part dropped, doubled quotes halved. */
	private static String unquote(char[] buf, int from, int to) {
		StringBuilder field = new StringBuilder(to - from);
		int state = START;
		for (int i = from; i < to; i++) {
			char c = buf[i];
			if (c == '"' && state == START) {
				state = QUOTED;
			}
			else if (c == '"' && state == QUOTED) {
				state = AFTER_QUOTE;
			}
			else {
				state = (state == AFTER_QUOTE && c == '"') || state == QUOTED ? QUOTED : UNQUOTED;
				field.append(c);
			}
		}
		return field.toString();
	}

	private static boolean isBlank(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != ' ' && c != '\t') {
				return false;
			}
		}
		return true;
	}

	/** The character at {@link #position} without consuming it (filling, so maybe moving it). */
	private int peekAt() {
		if (this.position == this.limit && !fill()) {
			return END;
		}
		char c = this.buffer[this.position];
		if (c == '\0') {
			throw new NotCsvException(this.line, "line " + this.line + " contains a NUL character");
		}
		return c;
	}

	/**
	 * Reads more characters after {@link #limit}, keeping the record from {@link #recordStart};
	 * moves {@link #position} with it. False at the end of the input.
	 */
	private boolean fill() {
		if (this.ended) {
			return false;
		}
		int keep = this.limit - this.recordStart;
		if (this.recordStart > 0) {
			System.arraycopy(this.buffer, this.recordStart, this.buffer, 0, keep);
			this.position -= this.recordStart;
			this.limit = keep;
			this.recordStart = 0;
		}
		if (this.limit == this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		int count;
		try {
			count = this.reader.read(this.buffer, this.limit, this.buffer.length - this.limit);
		}
		catch (CharacterCodingException ex) {
			throw new NotCsvException(this.line, "line " + this.line + " is not valid UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (count <= 0) {
			if (count < 0) {
				this.ended = true;
			}
			return false;
		}
		int from = this.limit;
		this.limit += count;
		if (!this.bomChecked) {
			this.bomChecked = true;
			if (this.buffer[from] == '\uFEFF') {
				System.arraycopy(this.buffer, from + 1, this.buffer, from, count - 1);
				this.limit--;
				return this.limit > from || fill();
			}
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
