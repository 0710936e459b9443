package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;

class FirstEventSinceReferralRuleTests {

	private static final LocalDate R = A.minusDays(60);

	private final Rule gpWithinThreeDays = new FirstEventSinceReferralRule("GP_NOTIFIED", 3);

	@Test
	void metWhenTheFirstSinceReferralIsWithinTheWindow() {
		RuleResult result = RuleCheck.evaluate(this.gpWithinThreeDays,
				referred().did("GP_NOTIFIED", R.plusDays(10)).did("GP_NOTIFIED", R.plusDays(3)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("date", R.plusDays(3).toString())
			.containsEntry("days", "3")
			.containsEntry("referral", R.toString());
	}

	@Test
	void partlyMetWhenItCameLater() {
		RuleResult result = RuleCheck.evaluate(this.gpWithinThreeDays, referred().did("GP_NOTIFIED", R.plusDays(4)));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("days", "4");
	}

	@Test
	void onTheReferralDayCountsTheDayBeforeDoesNot() {
		assertThat(RuleCheck.evaluate(this.gpWithinThreeDays, referred().did("GP_NOTIFIED", R)).outcome())
			.isEqualTo(Outcome.MET);
		assertThat(RuleCheck.evaluate(this.gpWithinThreeDays, referred().did("GP_NOTIFIED", R.minusDays(1))).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void notCompletedDoesNotCount() {
		Baby baby = referred().notDone("GP_NOTIFIED", R.plusDays(1), "no GP registered");
		RuleResult result = RuleCheck.evaluate(this.gpWithinThreeDays, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.values()).containsEntry("referral", R.toString());
	}

	private static Baby referred() {
		return bornAndReferred(A.minusDays(100), R);
	}
}
