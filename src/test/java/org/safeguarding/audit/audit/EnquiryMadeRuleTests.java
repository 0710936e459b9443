package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;

class EnquiryMadeRuleTests {

	private static final LocalDate B = A.minusDays(60);

	private final Rule beforeBirth = new EnquiryMadeRule("DA_ENQUIRY", false);

	private final Rule sinceBirth = new EnquiryMadeRule("DA_ENQUIRY", true);

	@Test
	void completedBeforeBirthIsMetBeforeButNotSince() {
		Baby baby = born().did("DA_ENQUIRY", B.minusDays(1));
		RuleResult result = RuleCheck.evaluate(this.beforeBirth, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("date", B.minusDays(1).toString());
		assertThat(RuleCheck.evaluate(this.sinceBirth, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void onTheBirthDayCountsAsSinceBirth() {
		Baby baby = born().did("DA_ENQUIRY", B);
		assertThat(RuleCheck.evaluate(this.beforeBirth, baby).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(RuleCheck.evaluate(this.sinceBirth, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void whileUnbornEveryEnquiryIsBeforeBirth() {
		Baby baby = baby().due(A.plusDays(30)).referred("E1", S).did("DA_ENQUIRY", A);
		assertThat(RuleCheck.evaluate(this.beforeBirth, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void partlyMetWhenItCouldNotBeAskedAndTheReasonIsRecorded() {
		RuleResult result = RuleCheck.evaluate(this.sinceBirth,
				born().notDone("DA_ENQUIRY", B.plusDays(5), " partner present "));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("reason", "partner present")
			.containsEntry("date", B.plusDays(5).toString());
	}

	@Test
	void notMetWhenNotCompletedWithoutAReason() {
		assertThat(RuleCheck.evaluate(this.sinceBirth, born().notDone("DA_ENQUIRY", B.plusDays(5), " ")).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void completedOneOutweighsAnExplainedOne() {
		Baby baby = born().did("DA_ENQUIRY", B.plusDays(1)).notDone("DA_ENQUIRY", B.plusDays(5), "partner present");
		assertThat(RuleCheck.evaluate(this.sinceBirth, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void sinceBirthNeedsTheBornCondition() {
		assertThat(this.sinceBirth.needs()).containsExactly("born");
		assertThat(this.beforeBirth.needs()).isEmpty();
	}

	private static Baby born() {
		return bornAndReferred(B, B.minusDays(30));
	}
}
