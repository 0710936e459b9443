package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowCheckerTests {

	private static final String PERSON_HEADER = "pers_person_id,pers_sex,pers_dob,pers_expected_dob\n";

	@Test
	void passingRowHasTypedValuesAndWhereItCameFrom() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-01-31,\n");

		assertThat(row.rejected()).isFalse();
		assertThat(row.rejectReason()).isNull();
		assertThat(row.table()).isEqualTo(Table.SSD_PERSON);
		assertThat(row.fileName()).isEqualTo("ssd_person.csv");
		assertThat(row.line()).isEqualTo(2);
		assertThat(row.recordId()).isEqualTo("P1");
		assertThat(row.raw()).isEqualTo("P1,M,2026-01-31,");
		assertThat(row.values()).containsExactly("P1", "M", LocalDate.of(2026, 1, 31), null);
	}

	@Test
	void isoAndUkDates() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, PERSON_HEADER + "P1,F,05/01/2026,2026-12-25\n");

		assertThat(row.values()).containsExactly("P1", "F", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 25));
	}

	@Test
	void impossibleDateIsRejected() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,31/02/2026,\n"))
			.isEqualTo("pers_dob '31/02/2026' is not a valid date");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-04-31,\n"))
			.isEqualTo("pers_dob '2026-04-31' is not a valid date");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-13-01,\n"))
			.isEqualTo("pers_dob '2026-13-01' is not a valid date");
	}

	@Test
	void leapDayOnlyInLeapYears() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-02-29,\n"))
			.isEqualTo("pers_dob '2026-02-29' is not a valid date");
		assertThat(Rows.one(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2028-02-29,29/02/2028\n").values())
			.containsExactly("P1", "M", LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29));
	}

	@Test
	void datesMustBeZeroPadded() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-1-5,\n"))
			.isEqualTo("pers_dob '2026-1-5' is not a valid date");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,,1/5/2026\n"))
			.isEqualTo("pers_expected_dob '1/5/2026' is not a valid date");
	}

	@Test
	void otherDateShapesAreRejected() {
		for (String date : List.of("2026/01/05", "05-01-2026", "20260105", "5 Jan 2026", "05/01/26", "2026-01-05T00:00",
				"+2026-01-05", "12026-01-05", "٢٠٢٦-٠١-٠٥")) {
			assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M," + date + ",\n"))
				.isEqualTo("pers_dob '" + date + "' is not a valid date");
		}
	}

	@Test
	void valuesAreTrimmed() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, PERSON_HEADER + "  P1 ,\tm , 2026-01-31 ,\" \"\n");

		assertThat(row.recordId()).isEqualTo("P1");
		assertThat(row.values()).containsExactly("P1", "M", LocalDate.of(2026, 1, 31), null);
	}

	@Test
	void sexCodesAreCaseInsensitiveAndEmptyIsUnknown() {
		assertThat(Rows.check(Table.SSD_PERSON, PERSON_HEADER + "P1,f,,\nP2,i,,\nP3,,,\nP4,  ,,\n"))
			.extracting((row) -> row.values()[1])
			.containsExactly("F", "I", "U", "U");
	}

	@Test
	void unknownSexIsRejected() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,X,,\n"))
			.isEqualTo("pers_sex 'X' is not one of M, F, U, I");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,male,,\n"))
			.isEqualTo("pers_sex 'male' is not one of M, F, U, I");
	}

	@Test
	void requiredValueEmptyOrOnlySpaces() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, PERSON_HEADER + "   ,M,,\n");

		assertThat(row.rejectReason()).isEqualTo("pers_person_id is empty");
		assertThat(row.recordId()).isNull();
		assertThat(row.values()).isNull();
	}

	@Test
	void allProblemsOfARowInColumnOrder() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + ",Q,31/02/2026,2026-1-1\n"))
			.isEqualTo("pers_person_id is empty; pers_sex 'Q' is not one of M, F, U, I; "
					+ "pers_dob '31/02/2026' is not a valid date; pers_expected_dob '2026-1-1' is not a valid date");
	}

	@Test
	void problemsFollowFormatOrderNotHeaderOrder() {
		assertThat(Rows.reason(Table.SSD_PERSON, """
				pers_dob,pers_sex,pers_expected_dob,pers_person_id
				bad,Q,,P1
				""")).isEqualTo("pers_sex 'Q' is not one of M, F, U, I; pers_dob 'bad' is not a valid date");
	}

	@Test
	void rejectedRowKeepsItsIdLineAndRawText() {
		CheckedRow row = Rows.check(Table.SSD_PERSON, PERSON_HEADER + "\nP1,M,,\n P2 ,M,bad,\n").get(1);

		assertThat(row.rejected()).isTrue();
		assertThat(row.line()).isEqualTo(4);
		assertThat(row.recordId()).isEqualTo("P2");
		assertThat(row.raw()).isEqualTo(" P2 ,M,bad,");
		assertThat(row.values()).isNull();
	}

	@Test
	void tooFewOrTooManyFields() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-01-01\n"))
			.isEqualTo("line has 3 fields, the header has 4");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M,2026-01-01,,\n"))
			.isEqualTo("line has 5 fields, the header has 4");
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1\n")).isEqualTo("line has 1 field, the header has 4");
	}

	@Test
	void wrongFieldCountStillGivesTheIdWhenThere() {
		assertThat(Rows.one(Table.SSD_PERSON, PERSON_HEADER + "P1,M\n").recordId()).isEqualTo("P1");
	}

	@Test
	void malformedRecordIsRejectedWithItsMalformation() {
		CheckedRow row = Rows.one(Table.SSD_PERSON, PERSON_HEADER + "P1,M,\"2026-01-01\"x,\n");

		assertThat(row.rejectReason()).isEqualTo("unexpected character 'x' after closing quote in field 3");
		assertThat(row.recordId()).isEqualTo("P1");
	}

	@Test
	void quotedMultiLineRowKeepsItsFirstLineAndLaterRowsStayRight() {
		List<CheckedRow> rows = Rows.check(Table.SSD_PERSON, PERSON_HEADER + "\"P\n1\",M,,\nP2,M,bad,\n");

		assertThat(rows).extracting(CheckedRow::line).containsExactly(2, 4);
		assertThat(rows.get(0).recordId()).isEqualTo("P\n1");
		assertThat(rows.get(1).rejectReason()).isEqualTo("pers_dob 'bad' is not a valid date");
	}

	@Test
	void longValuesAreShortenedInReasons() {
		String longDate = "1".repeat(100);

		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,M," + longDate + ",\n"))
			.isEqualTo("pers_dob '" + "1".repeat(57) + "...' is not a valid date");
	}

	@Test
	void lineBreaksInQuotedValuesDoNotBreakTheReasonLineWhichNamesTheRecordsLines() {
		assertThat(Rows.reason(Table.SSD_PERSON, PERSON_HEADER + "P1,\"M\r\nF\",,\n"))
			.isEqualTo("lines 2–3: pers_sex 'M F' is not one of M, F, U, I");
	}

	@Test
	void idsAreKeptExactlyApartFromTrimming() {
		assertThat(Rows.check(Table.SSD_PERSON, PERSON_HEADER + "p1,M,,\nP1,M,,\n")).extracting(CheckedRow::recordId)
			.containsExactly("p1", "P1");
	}

}
