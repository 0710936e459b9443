package org.safeguarding.audit.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rejection's kind in words: only the format's own names ever come out. */
class RejectionKindTests {

	@Test
	void everyRuleReadsAfterItsColumn() {
		assertThat(RejectionKind.describe("ssd_person", "pers_person_id:empty")).isEqualTo("pers_person_id is empty");
		assertThat(RejectionKind.describe("ssd_person", "pers_dob:not_a_date")).isEqualTo("pers_dob is not a valid date");
		assertThat(RejectionKind.describe("ssd_person", "pers_sex:not_a_code")).isEqualTo("pers_sex is not one of its codes");
		assertThat(RejectionKind.describe("ext_person_relationship", "rela_lives_with_child:not_y_or_n"))
			.isEqualTo("rela_lives_with_child is not Y or N");
		assertThat(RejectionKind.describe("ssd_assessment_factors", "cinf_assessment_factors_json:not_a_factor_list"))
			.isEqualTo("cinf_assessment_factors_json is not a list of factor codes");
		assertThat(RejectionKind.describe("ssd_cin_episodes", "cine_close_date:before"))
			.isEqualTo("cine_close_date is before cine_referral_date");
		assertThat(RejectionKind.describe("ext_agency_events", "evnt_subject_person_id:required"))
			.isEqualTo("evnt_subject_person_id is empty where evnt_event_type requires it");
		assertThat(RejectionKind.describe("ext_agency_events", "evnt_event_id:duplicate"))
			.isEqualTo("evnt_event_id repeats an earlier row's id");
		assertThat(RejectionKind.describe("ssd_cin_episodes", "cine_person_id:unknown_reference"))
			.isEqualTo("cine_person_id names a row that is not loaded");
		assertThat(RejectionKind.describe("ssd_person", "line:malformed"))
			.isEqualTo("the line is not valid CSV (a stray or unclosed quote)");
		assertThat(RejectionKind.describe("ssd_person", "line:field_count"))
			.isEqualTo("the line has a different number of fields from the header");
	}

	@Test
	void severalProblemsOfOneRowReadInColumnOrder() {
		assertThat(RejectionKind.describe("ssd_person", "pers_sex:not_a_code;pers_dob:not_a_date"))
			.isEqualTo("pers_sex is not one of its codes; pers_dob is not a valid date");
	}

	@Test
	void anythingThatIsNotTheFormatsOwnNamesIsNeverShown() {
		for (String kind : List.of("pers_dob:called D'Souza (P3) at home", "P000042:empty", "=HYPERLINK(\"x\"):empty",
				"pers_dob", "cine_person_id:before", "pers_dob:required", ":empty")) {
			assertThat(RejectionKind.describe("ssd_person", kind)).as(kind).isEqualTo("another rule");
		}
		assertThat(RejectionKind.describe("ssd_person; drop table x", "pers_dob:not_a_date"))
			.isEqualTo("reason not classified (rejected by an earlier version)");
		assertThat(RejectionKind.describe("ssd_person", null))
			.isEqualTo("reason not classified (rejected by an earlier version)");
	}

	@Test
	void checkOneGivesEachProblemItsKind() {
		RowChecker checker = new RowChecker(Table.SSD_PERSON, "ssd_person.csv",
				List.of("pers_person_id", "pers_sex", "pers_dob", "pers_expected_dob"));

		CheckedRow row = checker.check(new CsvRecord(2, List.of("P1", "X", "called D'Souza (P3) at home", ""),
				"P1,X,called D'Souza (P3) at home,", null));

		assertThat(row.rejectReason())
			.isEqualTo("pers_sex 'X' is not one of M, F, U, I; pers_dob 'called D'Souza (P3) at home' is not a valid date");
		assertThat(row.rejectKind()).isEqualTo("pers_sex:not_a_code;pers_dob:not_a_date");
		assertThat(checker.check(new CsvRecord(3, List.of("P2", "F"), "P2,F", null)).rejectKind())
			.isEqualTo("line:field_count");
		assertThat(checker.check(new CsvRecord(4, List.of("P3", "F", "", ""), "P3,F,,\"", "unexpected quote"))
			.rejectKind()).isEqualTo("line:malformed");
	}
}
