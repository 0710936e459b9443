package org.safeguarding.audit.extract;

import java.util.List;

/**
 * One CSV record as read, before any checking.
 *
 * @param line the physical line (header = 1) where the record starts
 * @param fields the fields exactly as written (not trimmed), quotes removed
 * @param raw the record's exact text without its line terminator; may contain line breaks
 * @param malformation null when well formed, else what is wrong, for a data officer
 */
public record CsvRecord(int line, List<String> fields, String raw, String malformation) {

	public CsvRecord {
		fields = List.copyOf(fields);
	}

	public boolean malformed() {
		return this.malformation != null;
	}

	/** The physical line the record ends on: more than {@link #line()} when it spans line breaks. */
	public int lastLine() {
		return this.line + lineBreaks(this.raw);
	}

	/** Line breaks as the reader counts them: LF, CRLF once, a lone CR. */
	static int lineBreaks(String text) {
		int breaks = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				breaks++;
			}
		}
		return breaks;
	}

}
