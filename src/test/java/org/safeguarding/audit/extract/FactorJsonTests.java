package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorJsonTests {

	private static final String HEADER = "cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json\n";

	@Test
	void arrayOfCodes() {
		CheckedRow row = Rows.one(Table.SSD_ASSESSMENT_FACTORS, HEADER + "F1,A1,\"[\"\"3A\"\",\"\"4B\"\"]\"\n");

		assertThat(row.values()).containsExactly("F1", "A1", "[\"3A\",\"4B\"]", new String[] { "3A", "4B" });
	}

	@Test
	void objectOfCodesToYesOrNoKeepsTheYesCodes() {
		CheckedRow row = Rows.one(Table.SSD_ASSESSMENT_FACTORS,
				HEADER + "F1,A1,\"{\"\"3A\"\":\"\"Yes\"\",\"\"4B\"\":\"\"No\"\"}\"\n");

		assertThat(row.values()).containsExactly("F1", "A1", "{\"3A\":\"Yes\",\"4B\":\"No\"}", new String[] { "3A" });
	}

	@Test
	void yesAndNoMatchCaseInsensitively() {
		assertThat(factors("{\"3a\":\"YES\",\"4B\":\"no\",\"21\":\"yes\"}")).containsExactly("3A", "21");
	}

	@Test
	void codesAreUpperCaseInOrderWithoutRepeats() {
		assertThat(factors("[\"4b\", \" 3A \", \"4B\", \"21\"]")).containsExactly("4B", "3A", "21");
	}

	@Test
	void emptyListsMeanNoFactors() {
		assertThat(factors("[]")).isEmpty();
		assertThat(factors("{}")).isEmpty();
		assertThat(factors("{\"3A\":\"No\"}")).isEmpty();
	}

	@Test
	void jsonIsStoredTrimmedAsGiven() {
		assertThat(Rows.one(Table.SSD_ASSESSMENT_FACTORS, HEADER + "F1,A1,\" [ \"\"3a\"\" ] \"\n").values()[2])
			.isEqualTo("[ \"3a\" ]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"3A\":\"Maybe\"}", "\"3A\"", "[1,2]", "not json", "3A", "null", "true", "[\"3A\",null]",
			"[[\"3A\"]]", "[\"\"]", "[\" \"]", "{\"3A\":true}", "{\"3A\":\"Yes \"}", "{\"\":\"Yes\"}",
			"{\"3A\":\"Yes\",\"3A\":\"No\"}", "{\"3A\":\"Yes\",\"3a\":\"No\"}", "[\"3A\"] [\"4B\"]", "[\"3A\"",
			"{\"3A\":[\"Yes\"]}" })
	void anythingElseIsRejectedWithTheValueQuoted(String json) {
		assertThat(Rows.reason(Table.SSD_ASSESSMENT_FACTORS, HEADER + "F1,A1," + csvQuoted(json) + "\n"))
			.isEqualTo("cinf_assessment_factors_json '" + json + "' is not a list of factor codes like [\"3A\",\"4B\"] or "
					+ "{\"3A\":\"Yes\",\"4B\":\"No\"}");
	}

	@Test
	void emptyJsonIsEmptyNotInvalid() {
		assertThat(Rows.reason(Table.SSD_ASSESSMENT_FACTORS, HEADER + "F1,A1,  \n"))
			.isEqualTo("cinf_assessment_factors_json is empty");
	}

	private static String[] factors(String json) {
		CheckedRow row = Rows.one(Table.SSD_ASSESSMENT_FACTORS, HEADER + "F1,A1," + csvQuoted(json) + "\n");
		assertThat(row.rejectReason()).isNull();
		return (String[]) row.values()[3];
	}

	private static String csvQuoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
