package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;
import static org.safeguarding.audit.audit.Baby.typical;
import static org.safeguarding.audit.audit.DefaultTool.expected;
import static org.safeguarding.audit.audit.DefaultTool.outcome;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_APPLICABLE;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** HOUSEHOLD_VERIFIED, GP_INFORMED, CHRONOLOGY_CURRENT, SUPERVISION_CURRENT and RECORDS_CONTEMPORANEOUS. */
class TimelinessCriteriaTests {

	private static final LocalDate R = A.minusDays(100);

	@Test
	void householdVerified90DaysBeforeTheAuditDateIsMet() {
		assertThat(outcome(typical().did("HOUSEHOLD_VERIFIED", A.minusDays(90)), "HOUSEHOLD_VERIFIED"))
			.isEqualTo(expected("HOUSEHOLD_VERIFIED", MET,
					"household verified 2026-08-02, 90 days before the audit date"));
	}

	@Test
	void householdVerified91DaysBeforeIsPartlyMet() {
		assertThat(outcome(typical().did("HOUSEHOLD_VERIFIED", A.minusDays(91)), "HOUSEHOLD_VERIFIED"))
			.isEqualTo(expected("HOUSEHOLD_VERIFIED", PARTLY_MET,
					"household last verified 2026-08-01, 91 days before the audit date (more than 90)"));
	}

	@Test
	void householdVerifiedAfterTheAuditDateIsNotYetVerified() {
		assertThat(outcome(typical().did("HOUSEHOLD_VERIFIED", A.plusDays(1)), "HOUSEHOLD_VERIFIED"))
			.isEqualTo(expected("HOUSEHOLD_VERIFIED", NOT_MET, "household never verified"));
	}

	@Test
	void gpToldSevenDaysAfterReferralIsMetEightIsPartlyMet() {
		assertThat(outcome(typical().did("GP_NOTIFIED", R.plusDays(7)), "GP_INFORMED"))
			.isEqualTo(expected("GP_INFORMED", MET, "GP told 2026-07-30, 7 days after referral 2026-07-23"));
		assertThat(outcome(typical().did("GP_NOTIFIED", R.plusDays(8)), "GP_INFORMED")).isEqualTo(expected(
				"GP_INFORMED", PARTLY_MET, "GP told 2026-07-31, 8 days after referral 2026-07-23 (more than 7)"));
	}

	@Test
	void gpToldBeforeTheReferralIsNotTold() {
		assertThat(outcome(typical().did("GP_NOTIFIED", R.minusDays(1)), "GP_INFORMED"))
			.isEqualTo(expected("GP_INFORMED", NOT_MET, "GP not told since referral 2026-07-23"));
	}

	@Test
	void gpInformedAppliesFromSevenDaysAfterReferral() {
		assertThat(outcome(referredDaysAgo(6), "GP_INFORMED"))
			.isEqualTo(expected("GP_INFORMED", NOT_APPLICABLE, "referred 6 days before the audit date"));
		assertThat(outcome(referredDaysAgo(7), "GP_INFORMED").outcome()).isEqualTo(NOT_MET);
	}

	@Test
	void chronologyUpdated28DaysBeforeIsMet29IsPartlyMet() {
		assertThat(outcome(typical().did("CHRONOLOGY_UPDATED", A.minusDays(28)), "CHRONOLOGY_CURRENT"))
			.isEqualTo(expected("CHRONOLOGY_CURRENT", MET,
					"chronology updated 2026-10-03, 28 days before the audit date"));
		assertThat(outcome(typical().did("CHRONOLOGY_UPDATED", A.minusDays(29)), "CHRONOLOGY_CURRENT").outcome())
			.isEqualTo(PARTLY_MET);
	}

	@Test
	void chronologyAppliesFrom28DaysAfterReferral() {
		assertThat(outcome(referredDaysAgo(27), "CHRONOLOGY_CURRENT"))
			.isEqualTo(expected("CHRONOLOGY_CURRENT", NOT_APPLICABLE, "referred 27 days before the audit date"));
		assertThat(outcome(referredDaysAgo(28), "CHRONOLOGY_CURRENT"))
			.isEqualTo(expected("CHRONOLOGY_CURRENT", NOT_MET, "no chronology recorded"));
	}

	@Test
	void supervision31DaysBeforeIsMet32IsPartlyMet() {
		assertThat(outcome(typical().did("SUPERVISION", A.minusDays(31)), "SUPERVISION_CURRENT"))
			.isEqualTo(expected("SUPERVISION_CURRENT", MET, "supervision 2026-09-30, 31 days before the audit date"));
		assertThat(outcome(typical().did("SUPERVISION", A.minusDays(32)), "SUPERVISION_CURRENT"))
			.isEqualTo(expected("SUPERVISION_CURRENT", PARTLY_MET,
					"last supervision 2026-09-29, 32 days before the audit date (more than 31)"));
	}

	@Test
	void supervisionAppliesFrom31DaysAfterReferral() {
		assertThat(outcome(referredDaysAgo(30), "SUPERVISION_CURRENT").outcome()).isEqualTo(NOT_APPLICABLE);
		assertThat(outcome(referredDaysAgo(31), "SUPERVISION_CURRENT"))
			.isEqualTo(expected("SUPERVISION_CURRENT", NOT_MET, "no supervision recorded"));
	}

	@Test
	void recordsWrittenTwoDaysAfterAreContemporaneousThreeAreNot() {
		Baby twoDays = typical().recorded("SUPERVISION", A.minusDays(5), A.minusDays(3));
		assertThat(outcome(twoDays, "RECORDS_CONTEMPORANEOUS"))
			.isEqualTo(expected("RECORDS_CONTEMPORANEOUS", MET, "1 of 1 records written within 2 days"));
		Baby threeDays = typical().recorded("SUPERVISION", A.minusDays(5), A.minusDays(2));
		assertThat(outcome(threeDays, "RECORDS_CONTEMPORANEOUS")).isEqualTo(expected("RECORDS_CONTEMPORANEOUS",
				NOT_MET, "0 of 1 records written within 2 days (0.0%);"
						+ " late: V1 (SUPERVISION 2026-10-26, recorded 2026-10-29)"));
	}

	@Test
	void fourOfFiveRecordsInTimeIsPartlyMet() {
		Baby baby = typical();
		for (int i = 0; i < 4; i++) {
			baby.recorded("SUPERVISION", A.minusDays(10), A.minusDays(10));
		}
		baby.recorded("GP_NOTIFIED", A.minusDays(10), A.minusDays(7));
		assertThat(outcome(baby, "RECORDS_CONTEMPORANEOUS")).isEqualTo(expected("RECORDS_CONTEMPORANEOUS", PARTLY_MET,
				"4 of 5 records written within 2 days (80.0%);"
						+ " late: V5 (GP_NOTIFIED 2026-10-21, recorded 2026-10-24)"));
		baby.recorded("GP_NOTIFIED", A.minusDays(10), A.minusDays(7));
		assertThat(outcome(baby, "RECORDS_CONTEMPORANEOUS").outcome()).isEqualTo(NOT_MET);
	}

	@Test
	void recordWrittenAfterTheAuditDateIsNotOnFileYet() {
		Baby baby = typical().recorded("SUPERVISION", A.minusDays(5), A.plusDays(1));
		assertThat(outcome(baby, "RECORDS_CONTEMPORANEOUS"))
			.isEqualTo(expected("RECORDS_CONTEMPORANEOUS", NOT_APPLICABLE, "no recorded dates"));
		assertThat(outcome(baby, "SUPERVISION_CURRENT").outcome()).isEqualTo(NOT_MET);
	}

	private static Baby referredDaysAgo(int days) {
		return bornAndReferred(A.minusDays(200), A.minusDays(days));
	}
}
