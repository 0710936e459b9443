package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;

class PreBirthAssessmentRuleTests {

	private static final LocalDate D = A.plusDays(20);

	private final Rule sixWeeks = new PreBirthAssessmentRule("PRE_BIRTH_ASSESSMENT", 42, 14);

	@Test
	void metWhenTheEarliestIsAtLeastTheRequiredDaysBeforeTheDueDate() {
		RuleResult result = RuleCheck.evaluate(this.sixWeeks,
				unborn().did("PRE_BIRTH_ASSESSMENT", D.minusDays(42)).did("PRE_BIRTH_ASSESSMENT", D.minusDays(2)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("when", "42 days before").containsEntry("due", D.toString());
	}

	@Test
	void partlyMetWhenLater() {
		RuleResult result = RuleCheck.evaluate(this.sixWeeks, unborn().did("PRE_BIRTH_ASSESSMENT", D.minusDays(41)));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("days", "41");
	}

	@Test
	void withoutOneItIsNotMetOnceTheDueDateIsNear() {
		Baby baby = baby().due(A.plusDays(14)).referred("E1", S);
		RuleResult result = RuleCheck.evaluate(this.sixWeeks, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.values()).containsEntry("daysToDue", "14");
	}

	@Test
	void withoutOneItIsNotApplicableWhileTheDueDateIsFurtherAway() {
		RuleResult result = RuleCheck.evaluate(this.sixWeeks, baby().due(A.plusDays(15)).referred("E1", S));
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.values()).containsEntry("daysToDue", "15");
	}

	@Test
	void dueDateInThePastIsNear() {
		Baby baby = baby().born(A.minusDays(3)).referred("E1", A.minusDays(30));
		assertThat(RuleCheck.evaluate(this.sixWeeks, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void whenReadsWellOnEitherSideOfTheDueDate() {
		assertThat(PreBirthAssessmentRule.when(10)).isEqualTo("10 days before");
		assertThat(PreBirthAssessmentRule.when(1)).isEqualTo("1 day before");
		assertThat(PreBirthAssessmentRule.when(0)).isEqualTo("on");
		assertThat(PreBirthAssessmentRule.when(-3)).isEqualTo("3 days after");
	}

	private static Baby unborn() {
		return baby().due(D).referred("E1", S.minusDays(60));
	}
}
