package org.safeguarding.audit.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text cells of the published CSV files, as outputs.md says a spreadsheet must be given them. */
class CsvFilesTests {

	@Test
	void textThatBeginsAFormulaGetsALeadingQuote() {
		assertThat(CsvFiles.neutralised("=HYPERLINK(\"http://x.example/?\",\"click\")"))
			.isEqualTo("'=HYPERLINK(\"http://x.example/?\",\"click\")");
		assertThat(CsvFiles.neutralised("+44 1632 960000")).isEqualTo("'+44 1632 960000");
		assertThat(CsvFiles.neutralised("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvFiles.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFiles.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvFiles.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void textThatAlreadyBeginsWithAQuoteGetsOneMore() {
		assertThat(CsvFiles.neutralised("'=1")).isEqualTo("''=1");
		assertThat(CsvFiles.neutralised("'quoted'")).isEqualTo("''quoted'");
	}

	@Test
	void otherTextIsLeftAlone() {
		assertThat(CsvFiles.neutralised("P000042")).isEqualTo("P000042");
		assertThat(CsvFiles.neutralised("called D'Souza (P3) at home")).isEqualTo("called D'Souza (P3) at home");
		assertThat(CsvFiles.neutralised(" =1")).as("a space first is not a formula").isEqualTo(" =1");
		assertThat(CsvFiles.neutralised("")).isEmpty();
	}

	@Test
	void aNeutralisedValueIsStillQuotedForCsvWhenItHoldsACommaOrAQuote() {
		assertThat(CsvFiles.quote(CsvFiles.neutralised("=HYPERLINK(\"a\",\"b\")")))
			.isEqualTo("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
	}
}
