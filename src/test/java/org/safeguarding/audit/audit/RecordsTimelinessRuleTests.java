package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class RecordsTimelinessRuleTests {

	private final Rule nextDay = new RecordsTimelinessRule(1, 75);

	@Test
	void metWhenEveryRecordedEventWasWrittenInTime() {
		RuleResult result = RuleCheck.evaluate(this.nextDay,
				typical().recorded("SUPERVISION", A.minusDays(9), A.minusDays(8)).did("GP_NOTIFIED", A.minusDays(50)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("timely", "1")
			.containsEntry("total", "1")
			.containsEntry("pct", "100.0");
	}

	@Test
	void partlyMetAtExactlyTheThreshold() {
		Baby baby = typical().recorded("SUPERVISION", A.minusDays(9), A.minusDays(9))
			.recorded("GP_NOTIFIED", A.minusDays(9), A.minusDays(8))
			.recorded("HOUSEHOLD_VERIFIED", A.minusDays(9), A.minusDays(8))
			.recorded("CHRONOLOGY_UPDATED", A.minusDays(9), A.minusDays(7));
		RuleResult result = RuleCheck.evaluate(this.nextDay, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("pct", "75.0")
			.containsEntry("late", "V4 (CHRONOLOGY_UPDATED " + A.minusDays(9) + ", recorded " + A.minusDays(7) + ")");
	}

	@Test
	void notMetJustBelowTheThreshold() {
		Baby baby = typical().recorded("SUPERVISION", A.minusDays(9), A.minusDays(9))
			.recorded("GP_NOTIFIED", A.minusDays(9), A.minusDays(9))
			.recorded("CHRONOLOGY_UPDATED", A.minusDays(9), A.minusDays(7));
		RuleResult result = RuleCheck.evaluate(this.nextDay, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.values()).containsEntry("timely", "2")
			.containsEntry("total", "3")
			.containsEntry("pct", "66.7");
	}

	@Test
	void notApplicableWithoutRecordedDatesThatCountAtTheAuditDate() {
		Baby baby = typical().did("SUPERVISION", A).recorded("GP_NOTIFIED", A, A.plusDays(1));
		assertThat(RuleCheck.evaluate(this.nextDay, baby).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void notCompletedEventsAreRecordsToo() {
		Baby baby = typical().event("DA_ENQUIRY", A.minusDays(9), A, null, false, "partner present");
		assertThat(RuleCheck.evaluate(this.nextDay, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void longListsOfLateRecordsAreCut() {
		Baby baby = typical();
		for (int i = 0; i < 12; i++) {
			baby.recorded("SUPERVISION", A.minusDays(20 - i), A);
		}
		String late = RuleCheck.evaluate(this.nextDay, baby).values().get("late");
		assertThat(late).startsWith("V1 (SUPERVISION " + A.minusDays(20) + ", recorded " + A + "), V2 (")
			.contains("V10 (")
			.doesNotContain("V11 (")
			.endsWith(" and 2 more");
	}
}
