package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;
import static org.safeguarding.audit.audit.DefaultTool.expected;
import static org.safeguarding.audit.audit.DefaultTool.outcome;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_APPLICABLE;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** DA_ENQUIRY_ANTENATAL, DA_ENQUIRY_POSTNATAL, SAFE_SLEEP and PRE_BIRTH_ASSESSMENT. */
class BirthCriteriaTests {

	private static final LocalDate B = A.minusDays(60);

	@Test
	void enquiryTheDayBeforeBirthIsAntenatal() {
		Baby baby = born().did("DA_ENQUIRY", B.minusDays(1));
		assertThat(outcome(baby, "DA_ENQUIRY_ANTENATAL"))
			.isEqualTo(expected("DA_ENQUIRY_ANTENATAL", MET, "DA enquiry completed 2026-08-31"));
		assertThat(outcome(baby, "DA_ENQUIRY_POSTNATAL")).isEqualTo(
				expected("DA_ENQUIRY_POSTNATAL", NOT_MET, "no DA enquiry since birth, completed or explained"));
	}

	@Test
	void enquiryOnTheBirthDayIsPostnatal() {
		Baby baby = born().did("DA_ENQUIRY", B);
		assertThat(outcome(baby, "DA_ENQUIRY_ANTENATAL")).isEqualTo(
				expected("DA_ENQUIRY_ANTENATAL", NOT_MET, "no DA enquiry before birth, completed or explained"));
		assertThat(outcome(baby, "DA_ENQUIRY_POSTNATAL"))
			.isEqualTo(expected("DA_ENQUIRY_POSTNATAL", MET, "DA enquiry completed 2026-09-01"));
	}

	@Test
	void enquiryThatCouldNotBeAskedSafelyIsPartlyMet() {
		Baby baby = born().notDone("DA_ENQUIRY", B.minusDays(20), "partner present");
		assertThat(outcome(baby, "DA_ENQUIRY_ANTENATAL")).isEqualTo(
				expected("DA_ENQUIRY_ANTENATAL", PARTLY_MET, "DA enquiry not completed 2026-08-12: partner present"));
	}

	@Test
	void postnatalEnquiryAppliesFrom28DaysOld() {
		assertThat(outcome(bornAndReferred(A.minusDays(27), S), "DA_ENQUIRY_POSTNATAL"))
			.isEqualTo(expected("DA_ENQUIRY_POSTNATAL", NOT_APPLICABLE, "27 days old at the audit date"));
		assertThat(outcome(bornAndReferred(A.minusDays(28), S), "DA_ENQUIRY_POSTNATAL").outcome()).isEqualTo(NOT_MET);
	}

	@Test
	void babyWhoseDateOfBirthIsAfterTheAuditDateIsNotBornYet() {
		Baby baby = baby().born(A.plusDays(3)).referred("E1", S).did("DA_ENQUIRY", S);
		ScoredCase scored = DefaultTool.score(baby);
		assertThat(scored.outcome("DA_ENQUIRY_ANTENATAL").outcome()).isEqualTo(MET);
		assertThat(scored.outcome("DA_ENQUIRY_POSTNATAL"))
			.isEqualTo(expected("DA_ENQUIRY_POSTNATAL", NOT_APPLICABLE, "not born at the audit date"));
		assertThat(scored.outcome("SAFE_SLEEP").outcome()).isEqualTo(NOT_APPLICABLE);
		assertThat(scored.outcome("BRUISING_RESPONSE").outcome()).isEqualTo(NOT_APPLICABLE);
		assertThat(scored.outcome("PRE_BIRTH_ASSESSMENT"))
			.isEqualTo(expected("PRE_BIRTH_ASSESSMENT", NOT_MET, "no pre-birth assessment; due date 2026-11-03"));
	}

	@Test
	void safeSleep() {
		assertThat(outcome(born().did("CO_SLEEPING_ASSESSED", B).did("SAFE_SLEEP_ADVICE", B.plusDays(2)), "SAFE_SLEEP"))
			.isEqualTo(expected("SAFE_SLEEP", MET, "safe-sleep advice 2026-09-03, co-sleeping assessment 2026-09-01"));
		assertThat(outcome(born().did("CO_SLEEPING_ASSESSED", B.minusDays(9)), "SAFE_SLEEP"))
			.isEqualTo(expected("SAFE_SLEEP", PARTLY_MET, "co-sleeping assessment 2026-08-23; no safe-sleep advice"));
		assertThat(outcome(born(), "SAFE_SLEEP"))
			.isEqualTo(expected("SAFE_SLEEP", NOT_MET, "no safe-sleep advice or co-sleeping assessment"));
	}

	@Test
	void preBirthAssessment28DaysBeforeTheDueDateIsMet27IsPartlyMet() {
		LocalDate due = A.plusDays(20);
		assertThat(outcome(unbornDue(due).did("PRE_BIRTH_ASSESSMENT", due.minusDays(28)), "PRE_BIRTH_ASSESSMENT"))
			.isEqualTo(expected("PRE_BIRTH_ASSESSMENT", MET,
					"pre-birth assessment 2026-10-23, 28 days before due date 2026-11-20"));
		assertThat(outcome(unbornDue(due).did("PRE_BIRTH_ASSESSMENT", due.minusDays(27)), "PRE_BIRTH_ASSESSMENT"))
			.isEqualTo(expected("PRE_BIRTH_ASSESSMENT", PARTLY_MET,
					"pre-birth assessment 2026-10-24, 27 days before due date 2026-11-20 (needs 28 days before)"));
	}

	@Test
	void preBirthAssessmentWithoutOneAppliesWhenDueWithin28DaysOfTheAuditDate() {
		assertThat(outcome(unbornDue(A.plusDays(28)), "PRE_BIRTH_ASSESSMENT"))
			.isEqualTo(expected("PRE_BIRTH_ASSESSMENT", NOT_MET, "no pre-birth assessment; due date 2026-11-28"));
		assertThat(outcome(unbornDue(A.plusDays(29)), "PRE_BIRTH_ASSESSMENT")).isEqualTo(expected(
				"PRE_BIRTH_ASSESSMENT", NOT_APPLICABLE,
				"due 2026-11-29, 29 days after the audit date; no pre-birth assessment yet"));
	}

	@Test
	void preBirthAssessmentAppliesWheneverOneExists() {
		LocalDate due = A.plusDays(100);
		assertThat(outcome(unbornDue(due).did("PRE_BIRTH_ASSESSMENT", S), "PRE_BIRTH_ASSESSMENT").outcome())
			.isEqualTo(MET);
	}

	@Test
	void preBirthAssessmentOnlyForAReferralBeforeBirth() {
		assertThat(outcome(bornAndReferred(B, B), "PRE_BIRTH_ASSESSMENT")).isEqualTo(
				expected("PRE_BIRTH_ASSESSMENT", NOT_APPLICABLE, "referred 2026-09-01, after birth 2026-09-01"));
		Baby referredTheDayBefore = bornAndReferred(B, B.minusDays(1)).did("PRE_BIRTH_ASSESSMENT", B.minusDays(1));
		assertThat(outcome(referredTheDayBefore, "PRE_BIRTH_ASSESSMENT").evidence())
			.isEqualTo("pre-birth assessment 2026-08-31, 1 day before due date 2026-09-01 (needs 28 days before)");
	}

	@Test
	void preBirthAssessmentAfterTheDueDateReadsAsAfter() {
		Baby baby = baby().born(B).due(B.minusDays(5)).referred("E1", B.minusDays(30)).did("PRE_BIRTH_ASSESSMENT", B);
		assertThat(outcome(baby, "PRE_BIRTH_ASSESSMENT").evidence())
			.isEqualTo("pre-birth assessment 2026-09-01, 5 days after due date 2026-08-27 (needs 28 days before)");
	}

	private static Baby born() {
		return bornAndReferred(B, B.minusDays(30));
	}

	private static Baby unbornDue(LocalDate due) {
		return baby().due(due).referred("E1", S.minusDays(30));
	}
}
