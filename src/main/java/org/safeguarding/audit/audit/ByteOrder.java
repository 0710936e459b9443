package org.safeguarding.audit.audit;

import java.util.Comparator;

/** Orders ids by their UTF-8 bytes, as the spec's "byte order" says (String.compareTo uses UTF-16). */
public final class ByteOrder {

	public static final Comparator<String> UTF8 = ByteOrder::compare;

	private ByteOrder() {
	}

	/**
	 * Compares by UTF-8 bytes without encoding: UTF-8 byte order is code point order, which
	 * differs from UTF-16 order only where a surrogate pair meets a character above U+D7FF.
	 */
	static int compare(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
					return Integer.compare(a.codePointAt(i), b.codePointAt(i));
				}
				return Character.compare(x, y);
			}
		}
		return Integer.compare(a.length(), b.length());
	}
}
