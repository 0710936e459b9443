package org.safeguarding.audit.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte order is the order of UTF-8 bytes, computed without encoding each id. */
class ByteOrderTests {

	@Test
	void upperCaseBeforeLowerCaseAndPrefixFirst() {
		List<String> ids = new ArrayList<>(List.of("b1", "a10", "B2", "a1", "a"));
		ids.sort(ByteOrder.UTF8);
		assertThat(ids).containsExactly("B2", "a", "a1", "a10", "b1");
	}

	@Test
	void characterAboveTheSurrogatesSortsBeforeOneOutsideTheBasicPlane() {
		String privateUse = "x\uE000";
		String emoji = "x\uD83D\uDE00";
		assertThat(ByteOrder.compare(privateUse, emoji)).isNegative();
		assertThat(ByteOrder.compare(emoji, privateUse)).isPositive();
		assertThat(privateUse.compareTo(emoji)).as("UTF-16 order differs").isPositive();
	}

	@Test
	void agreesWithComparingTheEncodedBytes() {
		List<String> samples = List.of("", "a", "A", "é", "e\u0301", "\uFFFD", "\uD83D\uDE00", "\uD83D\uDE01", "z9",
				"\u00FF", "\u0100", "\uE000x", "\uD7FF");
		for (String a : samples) {
			for (String b : samples) {
				int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
				assertThat(Integer.signum(ByteOrder.compare(a, b))).as(a + " vs " + b).isEqualTo(Integer.signum(bytes));
			}
		}
	}
}
