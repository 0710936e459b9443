package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;

class BruisingResponseRuleTests {

	private static final LocalDate B = A.minusDays(120);

	private static final LocalDate X = B.plusDays(32);

	private final Rule sameDayMedical = new BruisingResponseRule("BRUISING_OBSERVED", 90, responses(), 0);

	@Test
	void metWhenEveryResponseIsWithinTheWindow() {
		RuleResult result = RuleCheck.evaluate(this.sameDayMedical,
				bruisedAt(X).did("REFERRAL_TO_CSC", X).did("CP_MEDICAL", X));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("date", X.toString())
			.containsEntry("age", "32")
			.containsEntry("responses", "referral " + X + ", CP medical " + X)
			.containsEntry("deadline", X.toString());
	}

	@Test
	void partlyMetWhenOneResponseCameOnlyLater() {
		RuleResult result = RuleCheck.evaluate(this.sameDayMedical,
				bruisedAt(X).did("REFERRAL_TO_CSC", X).did("CP_MEDICAL", X.plusDays(1)));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("responses", "referral " + X + ", CP medical " + X.plusDays(1));
	}

	@Test
	void partlyMetWithOnlyOneOfTheResponses() {
		RuleResult result = RuleCheck.evaluate(this.sameDayMedical, bruisedAt(X).did("REFERRAL_TO_CSC", X));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("responses", "referral " + X + ", no CP medical");
	}

	@Test
	void notMetWhenNothingFollowedTheBruising() {
		Baby baby = bruisedAt(X).did("REFERRAL_TO_CSC", X.minusDays(1)).notDone("CP_MEDICAL", X, "parents refused");
		RuleResult result = RuleCheck.evaluate(this.sameDayMedical, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.values()).containsEntry("responses", "no referral, no CP medical");
	}

	@Test
	void notApplicableWhenTheBruisingWasAtOrOverTheAgeLimit() {
		assertThat(RuleCheck.evaluate(this.sameDayMedical, bruisedAt(B.plusDays(90))).outcome())
			.isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(RuleCheck.evaluate(this.sameDayMedical, bruisedAt(B.plusDays(89))).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void bruisingBeforeBirthOrNotCompletedIsNotBruisingOfTheBaby() {
		Baby baby = bornAndReferred(B, B.minusDays(30)).did("BRUISING_OBSERVED", B.minusDays(1))
			.notDone("BRUISING_OBSERVED", B.plusDays(3), "mark was a birthmark");
		assertThat(RuleCheck.evaluate(this.sameDayMedical, baby).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void theEarliestQualifyingBruisingIsX() {
		Baby baby = bruisedAt(X.plusDays(10)).did("BRUISING_OBSERVED", X).did("REFERRAL_TO_CSC", X.plusDays(10))
			.did("CP_MEDICAL", X.plusDays(10));
		RuleResult result = RuleCheck.evaluate(this.sameDayMedical, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("date", X.toString()).containsEntry("event", "V2");
	}

	private static Baby bruisedAt(LocalDate seen) {
		return bornAndReferred(B, B.minusDays(30)).did("BRUISING_OBSERVED", seen);
	}

	private static Map<String, String> responses() {
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put("REFERRAL_TO_CSC", "referral");
		responses.put("CP_MEDICAL", "CP medical");
		return responses;
	}
}
