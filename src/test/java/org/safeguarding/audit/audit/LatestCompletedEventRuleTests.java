package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class LatestCompletedEventRuleTests {

	private final Rule fortnightly = new LatestCompletedEventRule("SUPERVISION", 14);

	@Test
	void metWhenTheLatestIsWithinTheWindowOfTheAuditDate() {
		RuleResult result = RuleCheck.evaluate(this.fortnightly,
				typical().did("SUPERVISION", A.minusDays(40)).did("SUPERVISION", A.minusDays(14)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("date", A.minusDays(14).toString())
			.containsEntry("days", "14")
			.containsEntry("event", "V2");
	}

	@Test
	void partlyMetWhenTheLatestIsOlder() {
		RuleResult result = RuleCheck.evaluate(this.fortnightly, typical().did("SUPERVISION", A.minusDays(15)));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("days", "15");
	}

	@Test
	void notMetWithoutACompletedOne() {
		Baby baby = typical().notDone("SUPERVISION", A.minusDays(1), "manager off sick").did("GP_NOTIFIED", A);
		assertThat(RuleCheck.evaluate(this.fortnightly, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void laterEventNotYetRecordedAtTheAuditDateIsNotTheLatest() {
		Baby baby = typical().did("SUPERVISION", A.minusDays(20))
			.event("SUPERVISION", A.minusDays(2), A.plusDays(3), null, true, null);
		assertThat(RuleCheck.evaluate(this.fortnightly, baby).outcome()).isEqualTo(Outcome.PARTLY_MET);
	}

	@Test
	void zeroDayWindowMeansOnTheAuditDate() {
		Rule today = new LatestCompletedEventRule("SUPERVISION", 0);
		assertThat(RuleCheck.evaluate(today, typical().did("SUPERVISION", A)).outcome()).isEqualTo(Outcome.MET);
		assertThat(RuleCheck.evaluate(today, typical().did("SUPERVISION", A.minusDays(1))).outcome())
			.isEqualTo(Outcome.PARTLY_MET);
	}
}
