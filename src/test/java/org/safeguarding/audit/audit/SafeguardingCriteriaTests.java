package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;
import static org.safeguarding.audit.audit.Baby.date;
import static org.safeguarding.audit.audit.Baby.typical;
import static org.safeguarding.audit.audit.DefaultTool.expected;
import static org.safeguarding.audit.audit.DefaultTool.outcome;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_APPLICABLE;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** BRUISING_RESPONSE, PLAN_SHARED and DA_RISK_ASSESSED. */
class SafeguardingCriteriaTests {

	private static final LocalDate B = date("2026-07-01");

	private static final LocalDate X = date("2026-08-02");

	@Test
	void bruisingWithReferralAndMedicalTheNextDayIsMet() {
		Baby baby = bruisedAt(X).did("REFERRAL_TO_CSC", X).did("CP_MEDICAL", X.plusDays(1));
		assertThat(outcome(baby, "BRUISING_RESPONSE")).isEqualTo(expected("BRUISING_RESPONSE", MET,
				"bruising seen 2026-08-02 at 32 days old; referral 2026-08-02, CP medical 2026-08-03"));
	}

	@Test
	void medicalTwoDaysLaterIsOnlyPartlyMet() {
		Baby baby = bruisedAt(X).did("REFERRAL_TO_CSC", X.plusDays(1)).did("CP_MEDICAL", X.plusDays(2));
		assertThat(outcome(baby, "BRUISING_RESPONSE")).isEqualTo(expected("BRUISING_RESPONSE", PARTLY_MET,
				"bruising seen 2026-08-02 at 32 days old; referral 2026-08-03, CP medical 2026-08-04"
						+ " (each needed by 2026-08-03)"));
	}

	@Test
	void referralWithoutMedicalIsPartlyMet() {
		assertThat(outcome(bruisedAt(X).did("REFERRAL_TO_CSC", X), "BRUISING_RESPONSE").evidence())
			.startsWith("bruising seen 2026-08-02 at 32 days old; referral 2026-08-02, no CP medical");
	}

	@Test
	void noResponseIsNotMetAndGradesTheCaseInadequate() {
		Baby baby = bruisedAt(X).did("REFERRAL_TO_CSC", X.minusDays(1));
		ScoredCase scored = DefaultTool.score(baby);
		assertThat(scored.outcome("BRUISING_RESPONSE")).isEqualTo(expected("BRUISING_RESPONSE", NOT_MET,
				"bruising seen 2026-08-02 at 32 days old; no referral, no CP medical"));
		assertThat(scored.grade()).isEqualTo(Grade.INADEQUATE);
	}

	@Test
	void bruisingAt182DaysOldAppliesAt183DoesNot() {
		Baby baby = baby().born(A.minusDays(200)).referred("E1", A.minusDays(200));
		assertThat(outcome(baby.did("BRUISING_OBSERVED", A.minusDays(200 - 182)), "BRUISING_RESPONSE").outcome())
			.isEqualTo(NOT_MET);
		Baby older = baby().born(A.minusDays(200)).referred("E1", A.minusDays(200));
		assertThat(outcome(older.did("BRUISING_OBSERVED", A.minusDays(200 - 183)), "BRUISING_RESPONSE"))
			.isEqualTo(expected("BRUISING_RESPONSE", NOT_APPLICABLE, "no bruising recorded under 183 days of age"));
	}

	@Test
	void bruisingOfAnUnbornBabyIsNotApplicable() {
		Baby baby = baby().due(A.plusDays(9)).referred("E1", S).did("BRUISING_OBSERVED", S);
		assertThat(outcome(baby, "BRUISING_RESPONSE"))
			.isEqualTo(expected("BRUISING_RESPONSE", NOT_APPLICABLE, "not born at the audit date"));
	}

	@Test
	void planSharedSinceTheLatestPlanStart() {
		Baby baby = typical().plan("C1", date("2026-09-10"), null)
			.did("PLAN_SHARED_WITH_PARENTS", date("2026-09-12"))
			.did("PLAN_SHARED_WITH_GP", date("2026-09-10"));
		assertThat(outcome(baby, "PLAN_SHARED")).isEqualTo(expected("PLAN_SHARED", MET,
				"CP plan from 2026-09-10: plan shared with parents 2026-09-12, plan shared with GP 2026-09-10"));
	}

	@Test
	void planSharedBeforeTheLatestPlanStartDoesNotCount() {
		Baby baby = typical().plan("C1", date("2026-05-01"), date("2026-09-01"))
			.plan("C2", date("2026-09-10"), null)
			.did("PLAN_SHARED_WITH_PARENTS", date("2026-09-12"))
			.did("PLAN_SHARED_WITH_GP", date("2026-09-09"));
		assertThat(outcome(baby, "PLAN_SHARED")).isEqualTo(expected("PLAN_SHARED", PARTLY_MET,
				"CP plan from 2026-09-10: plan shared with parents 2026-09-12; no plan shared with GP"));
	}

	@Test
	void planEndingOnThePeriodsFirstDayStillCountsOneEndingTheDayBeforeDoesNot() {
		assertThat(outcome(typical().plan("C1", date("2026-08-01"), S), "PLAN_SHARED")).isEqualTo(expected(
				"PLAN_SHARED", NOT_MET, "CP plan from 2026-08-01: no plan shared with parents or plan shared with GP"));
		assertThat(outcome(typical().plan("C1", date("2026-08-01"), S.minusDays(1)), "PLAN_SHARED"))
			.isEqualTo(expected("PLAN_SHARED", NOT_APPLICABLE, "no CP plan"));
	}

	@Test
	void planStartingAfterTheAuditDateIsNoPlanYet() {
		assertThat(outcome(typical().plan("C1", A.plusDays(1), null), "PLAN_SHARED").outcome())
			.isEqualTo(NOT_APPLICABLE);
	}

	@Test
	void domesticAbuseRiskAssessedWhenAFactorWasFound() {
		Baby baby = typical().assessment("A1", S, "3B").did("DA_RISK_ASSESSMENT", date("2026-10-05"));
		assertThat(outcome(baby, "DA_RISK_ASSESSED"))
			.isEqualTo(expected("DA_RISK_ASSESSED", MET, "DA risk assessment completed 2026-10-05"));
		assertThat(outcome(typical().assessment("A1", S, "3C"), "DA_RISK_ASSESSED"))
			.isEqualTo(expected("DA_RISK_ASSESSED", NOT_MET, "no DA risk assessment recorded"));
	}

	@Test
	void domesticAbuseRiskNotApplicableWithoutADomesticAbuseFactor() {
		assertThat(outcome(typical().assessment("A1", S, "4B", "2A").assessment("A2", A.plusDays(1), "3A"),
				"DA_RISK_ASSESSED"))
			.isEqualTo(expected("DA_RISK_ASSESSED", NOT_APPLICABLE,
					"no domestic-abuse factor (3A, 3B, 3C) at assessment; factors found: 2A, 4B"));
	}

	private static Baby bruisedAt(LocalDate seen) {
		return bornAndReferred(B, B.minusDays(20)).did("BRUISING_OBSERVED", seen);
	}
}
