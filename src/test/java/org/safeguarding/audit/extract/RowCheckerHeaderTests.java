package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowCheckerHeaderTests {

	@Test
	void headerNamesMatchCaseInsensitivelyTrimmedAndInAnyOrder() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, """
				 PERS_DOB ,Pers_Sex,pers_expected_dob,  pers_person_ID
				2026-01-02,f,,P1
				""");

		assertThat(row.values()).containsExactly("P1", "F", LocalDate.of(2026, 1, 2), null);
	}

	@Test
	void missingRequiredColumnRefusesTheDrop() {
		assertThatExceptionOfType(DropRefusedException.class)
			.isThrownBy(() -> new RowChecker(Table.SSD_CIN_EPISODES, "ssd_cin_episodes.csv",
					List.of("cine_referral_id", "cine_person_id", "cine_close_date", "cine_referral_team")))
			.withMessage("ssd_cin_episodes.csv: required column 'cine_referral_date' is missing");
	}

	@Test
	void missingMustExistColumnRefusesTheDrop() {
		assertThatExceptionOfType(DropRefusedException.class)
			.isThrownBy(() -> new RowChecker(Table.SSD_PERSON, "ssd_person_a.csv",
					List.of("pers_person_id", "pers_sex", "pers_dob")))
			.withMessage("ssd_person_a.csv: column 'pers_expected_dob' is missing; it must be present even when"
					+ " its values are empty");
	}

	@Test
	void optionalColumnsMayBeMissing() {
		CheckedRow row = Rows.one(Table.SSD_CIN_EPISODES, """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				R1,P1,2026-01-02,,Team A
				""");

		assertThat(row.values()).containsExactly("R1", "P1", LocalDate.of(2026, 1, 2), null, "Team A", null);
	}

	@Test
	void repeatedColumnRefusesTheDrop() {
		assertThatExceptionOfType(DropRefusedException.class)
			.isThrownBy(() -> new RowChecker(Table.SSD_PERSON, "ssd_person.csv",
					List.of("pers_person_id", "pers_sex", "pers_dob", "pers_expected_dob", "PERS_DOB ")))
			.withMessage("ssd_person.csv: column 'PERS_DOB' appears twice in the header");
	}

	@Test
	void repeatedExtraColumnAlsoRefusesTheDrop() {
		assertThatExceptionOfType(DropRefusedException.class)
			.isThrownBy(() -> new RowChecker(Table.SSD_PERSON, "ssd_person.csv",
					List.of("pers_person_id", "pers_sex", "pers_dob", "pers_expected_dob", "nhs_no", "NHS_No")))
			.withMessage("ssd_person.csv: column 'NHS_No' appears twice in the header");
	}

	@Test
	void extraColumnsAreIgnoredAndListedAsWritten() {
		RowChecker checker = new RowChecker(Table.SSD_PERSON, "ssd_person.csv",
				List.of("nhs_no", "pers_person_id", "pers_sex", " Ethnicity ", "pers_dob", "", "pers_expected_dob", " "));

		assertThat(checker.ignoredColumns()).containsExactly("nhs_no", "Ethnicity", "", "");
	}

	@Test
	void extraColumnsTakeNoPartInTheValues() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, """
				nhs_no,pers_person_id,pers_sex,pers_dob,pers_expected_dob
				not-a-number,P1,M,,
				""");

		assertThat(row.rejected()).isFalse();
		assertThat(row.values()).containsExactly("P1", "M", null, null);
	}

}
