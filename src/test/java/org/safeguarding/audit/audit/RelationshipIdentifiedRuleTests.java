package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class RelationshipIdentifiedRuleTests {

	private final Rule father = new RelationshipIdentifiedRule("FATHER");

	@Test
	void metWhenARelationshipOfTheTypeNamesSomeone() {
		Baby baby = typical().lives("FATHER", null).livesApart("FATHER", "DAD");
		RuleResult result = RuleCheck.evaluate(this.father, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("people", "DAD");
	}

	@Test
	void partlyMetWhenEveryOneIsRecordedAsNotKnown() {
		assertThat(RuleCheck.evaluate(this.father, typical().lives("FATHER", null)).outcome())
			.isEqualTo(Outcome.PARTLY_MET);
	}

	@Test
	void notMetWithoutARelationshipOfTheType() {
		assertThat(RuleCheck.evaluate(this.father, typical().lives("MOTHER", "MUM")).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void endedRelationshipStillIdentifies() {
		Baby baby = typical().relationship("FATHER", "DAD", false, null, A.minusDays(50));
		assertThat(RuleCheck.evaluate(this.father, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void relationshipStartingAfterTheAuditDateDoesNotCountYet() {
		Baby baby = typical().relationship("FATHER", "DAD", true, A.plusDays(1), null);
		assertThat(RuleCheck.evaluate(this.father, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void anyRelationshipTypeCanBeAsked() {
		Rule mother = new RelationshipIdentifiedRule("MOTHER");
		RuleResult result = RuleCheck.evaluate(mother, typical().lives("MOTHER", "MUM").lives("MOTHER", "AMY"));
		assertThat(result.values()).containsEntry("people", "AMY, MUM");
	}
}
