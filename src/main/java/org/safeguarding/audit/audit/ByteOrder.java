package org.safeguarding.audit.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Orders ids by their UTF-8 bytes, as the spec's "byte order" says (String.compareTo uses UTF-16). */
final class ByteOrder {

	static final Comparator<String> UTF8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
			b.getBytes(StandardCharsets.UTF_8));

	private ByteOrder() {
	}
}
