package org.safeguarding.audit.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The COPY text form of each value type written to PostgreSQL. */
class PgCopyTests {

	@Test
	void textIsEscapedOnlyWhereCopyNeedsIt() {
		assertThat(text("plain, with \"quotes\" and ünïcödé")).isEqualTo("plain, with \"quotes\" and ünïcödé");
		assertThat(text("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
		assertThat(text("")).isEmpty();
		assertThat(text(null)).isEqualTo("\\N");
	}

	@Test
	void datesAreIsoWithPadding() {
		assertThat(text(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
		assertThat(text(LocalDate.of(999, 12, 31))).isEqualTo("0999-12-31");
		assertThat(text(LocalDate.of(10000, 1, 1))).isEqualTo(LocalDate.of(10000, 1, 1).toString());
	}

	@Test
	void numbersBooleansAndArrays() {
		assertThat(text(42)).isEqualTo("42");
		assertThat(text(-7L)).isEqualTo("-7");
		assertThat(text(new BigDecimal("61.50"))).isEqualTo("61.50");
		assertThat(text(true)).isEqualTo("t");
		assertThat(text(false)).isEqualTo("f");
		assertThat(text(new String[] { "3A", "a\"b" })).isEqualTo("{\"3A\",\"a\\\\\"b\"}");
	}

	@Test
	void otherTypesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> text(new Object())).withMessageContaining("java.lang.Object");
	}

	private static String text(Object value) {
		StringBuilder text = new StringBuilder();
		PgCopy.appendValue(text, value);
		return text.toString();
	}
}
