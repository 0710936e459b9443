package org.safeguarding.audit.report;

/**
 * Text as a workbook cell holds it (outputs.md): at most {@value #MAX_LENGTH} characters, Excel's
 * limit, longer text cut and ending with {@code …}; written as XML that gives back the same
 * characters.
 */
final class CellText {

	static final int MAX_LENGTH = 32_767;

	private static final char ELLIPSIS = '\u2026';

	private CellText() {
	}

	/** The text cut to {@value #MAX_LENGTH} characters, its last one {@code …} when cut. */
	static String capped(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		int keep = MAX_LENGTH - 1;
		// Never split a surrogate pair: half a character is not a character.
		if (Character.isHighSurrogate(text.charAt(keep - 1))) {
			keep--;
		}
		return text.substring(0, keep) + ELLIPSIS;
	}

	/**
	 * Appends the text as XML character data. A carriage return is written as a reference
	 * (a parser would read a bare one as a line feed); characters XML 1.0 cannot hold (control
	 * characters but tab and line breaks, lone surrogates) are left out; an underscore that
	 * would start an OOXML escape such as {@code _x000D_} is itself escaped, so that the text
	 * reads back as written.
	 */
	static void appendXml(StringBuilder out, String text) {
		int from = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char ch = text.charAt(i);
			String replacement;
			if (ch == '&') {
				replacement = "&amp;";
			}
			else if (ch == '<') {
				replacement = "&lt;";
			}
			else if (ch == '>') {
				replacement = "&gt;";
			}
			else if (ch == '\r') {
				replacement = "&#13;";
			}
			else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF) {
				replacement = "";
			}
			else if (Character.isSurrogate(ch)) {
				if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				replacement = "";
			}
			else if (ch == '_' && startsEscape(text, i)) {
				replacement = "_x005F_";
			}
			else {
				continue;
			}
			out.append(text, from, i).append(replacement);
			from = i + 1;
		}
		out.append(text, from, length);
	}

	/** Whether {@code _xHHHH_} starts at {@code at}: Excel would read it as one escaped character. */
	private static boolean startsEscape(String text, int at) {
		if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
			return false;
		}
		for (int i = at + 2; i < at + 6; i++) {
			if (Character.digit(text.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether the text starts or ends with white space, which Excel keeps only when told to. */
	static boolean needsPreserve(String text) {
		return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
				|| Character.isWhitespace(text.charAt(text.length() - 1)));
	}
}
