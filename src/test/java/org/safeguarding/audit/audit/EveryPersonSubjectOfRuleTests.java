package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class EveryPersonSubjectOfRuleTests {

	private final Rule menAssessed = new EveryPersonSubjectOfRule(People.MEN, "CARER_ASSESSMENT");

	private final Rule carersAdvised = new EveryPersonSubjectOfRule(People.CARERS, "COPING_WITH_CRYING_ADVICE");

	@Test
	void metWhenEveryPersonIsTheSubject() {
		RuleResult result = RuleCheck.evaluate(this.menAssessed, typical().lives("FATHER", "DAD")
			.did("CARER_ASSESSMENT", A.minusDays(30), "DAD")
			.did("CARER_ASSESSMENT", A.minusDays(3), "DAD"));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("done", "DAD (father) on " + A.minusDays(3));
	}

	@Test
	void partlyMetNamesWhoWasMissed() {
		RuleResult result = RuleCheck.evaluate(this.carersAdvised, typical().lives("MOTHER", "MUM")
			.lives("FATHER", "DAD")
			.did("COPING_WITH_CRYING_ADVICE", A.minusDays(9), "MUM"));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("done", "MUM (mother) on " + A.minusDays(9))
			.containsEntry("missed", "DAD (father)");
	}

	@Test
	void notMetWhenNobodyIs() {
		RuleResult result = RuleCheck.evaluate(this.menAssessed,
				typical().lives("FATHER", "DAD").did("CARER_ASSESSMENT", A.minusDays(9), "MUM"));
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.values()).containsEntry("missed", "DAD (father)");
	}

	@Test
	void notApplicableWhenTheGroupIsEmpty() {
		assertThat(RuleCheck.evaluate(this.menAssessed, typical().lives("MOTHER", "MUM")).outcome())
			.isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void eventNotCompletedOrAboutTheChildDoesNotCount() {
		Baby baby = typical().lives("FATHER", "DAD")
			.event("CARER_ASSESSMENT", A.minusDays(9), null, "DAD", false, "refused")
			.did("CARER_ASSESSMENT", A.minusDays(8));
		assertThat(RuleCheck.evaluate(this.menAssessed, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void assessmentRecordedAfterTheAuditDateDoesNotCount() {
		Baby baby = typical().lives("FATHER", "DAD")
			.event("CARER_ASSESSMENT", A.minusDays(9), A.plusDays(1), "DAD", true, null);
		assertThat(RuleCheck.evaluate(this.menAssessed, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void endedRelationshipKeepsAManToAssessButNotACarerToAdvise() {
		Baby baby = typical().lives("MOTHER", "MUM")
			.relationship("FATHER", "DAD", true, null, A.minusDays(1))
			.did("COPING_WITH_CRYING_ADVICE", A.minusDays(9), "MUM");
		assertThat(RuleCheck.evaluate(this.menAssessed, baby).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(RuleCheck.evaluate(this.carersAdvised, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void listsAreInIdOrder() {
		RuleResult result = RuleCheck.evaluate(this.carersAdvised, typical().lives("OTHER_CARER", "ZOE")
			.lives("MOTHER", "MUM")
			.lives("FATHER", "DAD")
			.lives("MOTHERS_PARTNER", "AL")
			.did("COPING_WITH_CRYING_ADVICE", A.minusDays(2), "ZOE")
			.did("COPING_WITH_CRYING_ADVICE", A.minusDays(1), "AL"));
		assertThat(result.values()).containsEntry("done",
				"AL (mother's partner) on " + A.minusDays(1) + ", ZOE (other carer) on " + A.minusDays(2))
			.containsEntry("missed", "DAD (father), MUM (mother)");
	}
}
