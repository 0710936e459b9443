package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class EventCompletedRuleTests {

	private final Rule riskAssessed = new EventCompletedRule("DA_RISK_ASSESSMENT");

	@Test
	void metByAnyCompletedOneShowingTheLatest() {
		RuleResult result = RuleCheck.evaluate(this.riskAssessed,
				typical().did("DA_RISK_ASSESSMENT", A.minusDays(300)).did("DA_RISK_ASSESSMENT", A.minusDays(30)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("date", A.minusDays(30).toString()).containsEntry("event", "V2");
	}

	@Test
	void notMetWhenOnlyNotCompletedOrDatedAfterTheAuditDate() {
		Baby baby = typical().notDone("DA_RISK_ASSESSMENT", A.minusDays(3), "victim declined")
			.did("DA_RISK_ASSESSMENT", A.plusDays(1));
		assertThat(RuleCheck.evaluate(this.riskAssessed, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void neverPartlyMet() {
		assertThat(this.riskAssessed.placeholders()).containsOnlyKeys(Outcome.MET, Outcome.NOT_MET);
	}
}
