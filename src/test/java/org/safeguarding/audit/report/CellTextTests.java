package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTests {

	@Test
	void textUpToExcelsLimitIsKeptWhole() {
		String limit = "a".repeat(32_767);
		assertThat(CellText.capped(limit)).isSameAs(limit);
		assertThat(CellText.capped("")).isEmpty();
	}

	@Test
	void longerTextIsCutToTheLimitEndingWithAnEllipsis() {
		String capped = CellText.capped("b".repeat(900_036));
		assertThat(capped).hasSize(32_767).endsWith("b\u2026");
		assertThat(capped.substring(0, 32_766)).isEqualTo("b".repeat(32_766));
		assertThat(CellText.capped("c".repeat(32_768))).hasSize(32_767).endsWith("c\u2026");
	}

	@Test
	void aCutNeverSplitsACharacterOfTwoCodeUnits() {
		// 32,765 letters, then a baby emoji (two UTF-16 code units at 32,765 and 32,766), then more.
		String text = "d".repeat(32_765) + "\uD83D\uDC76" + "e".repeat(10);
		String capped = CellText.capped(text);
		assertThat(capped).hasSize(32_766).endsWith("d\u2026");
	}

	@Test
	void markupCharactersAreEscapedAndEveryCharacterReadsBackAsWritten() {
		assertThat(xml("=HYPERLINK(\"http://x.example/?\",\"click\") & <b>")).isEqualTo(
				"=HYPERLINK(\"http://x.example/?\",\"click\") &amp; &lt;b&gt;");
		assertThat(xml("line one\r\nline two\ttab")).isEqualTo("line one&#13;\nline two\ttab");
		assertThat(xml("D'Souza \uD83D\uDC76")).isEqualTo("D'Souza \uD83D\uDC76");
	}

	@Test
	void charactersXmlCannotHoldAreLeftOut() {
		assertThat(xml("a\u0000b\u0001c\u001Fd\uFFFEe\uD800f")).isEqualTo("abcdef");
	}

	@Test
	void whatExcelWouldReadAsAnEscapedCharacterIsItselfEscaped() {
		assertThat(xml("_x0041_ and _x00_ and _xZZZZ_")).isEqualTo("_x005F_x0041_ and _x00_ and _xZZZZ_");
	}

	@Test
	void surroundingWhiteSpaceNeedsToBeKept() {
		assertThat(CellText.needsPreserve(" lead")).isTrue();
		assertThat(CellText.needsPreserve("trail\n")).isTrue();
		assertThat(CellText.needsPreserve("in side")).isFalse();
		assertThat(CellText.needsPreserve("")).isFalse();
	}

	private static String xml(String text) {
		StringBuilder out = new StringBuilder();
		CellText.appendXml(out, text);
		return out.toString();
	}
}
