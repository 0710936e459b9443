package org.safeguarding.audit.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.typical;

class AllEventTypesCompletedRuleTests {

	private final Rule threeTypes = new AllEventTypesCompletedRule(labels("SAFE_SLEEP_ADVICE", "safe-sleep advice",
			"CO_SLEEPING_ASSESSED", "co-sleeping assessment", "COPING_WITH_CRYING_ADVICE", "crying advice"), false);

	private final Rule sincePlan = new AllEventTypesCompletedRule(labels("PLAN_SHARED_WITH_PARENTS", "parents",
			"PLAN_SHARED_WITH_GP", "GP"), true);

	@Test
	void metWhenEveryTypeIsCompletedAtAnyDate() {
		RuleResult result = RuleCheck.evaluate(this.threeTypes, typical().did("CO_SLEEPING_ASSESSED", A.minusDays(300))
			.did("SAFE_SLEEP_ADVICE", A)
			.did("COPING_WITH_CRYING_ADVICE", A.minusDays(2)));
		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.values()).containsEntry("done", "safe-sleep advice " + A + ", co-sleeping assessment "
				+ A.minusDays(300) + ", crying advice " + A.minusDays(2));
	}

	@Test
	void partlyMetListsWhatIsMissingInDefinitionOrder() {
		RuleResult result = RuleCheck.evaluate(this.threeTypes, typical().did("CO_SLEEPING_ASSESSED", A));
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("done", "co-sleeping assessment " + A)
			.containsEntry("missing", "safe-sleep advice or crying advice");
	}

	@Test
	void notMetWhenNoneIsCompleted() {
		Baby baby = typical().notDone("SAFE_SLEEP_ADVICE", A, "parents not home");
		assertThat(RuleCheck.evaluate(this.threeTypes, baby).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void sincePlanStartOnlyCountsEventsOnOrAfterTheLatestPlanStart() {
		Baby baby = typical().plan("C1", S.minusDays(200), null)
			.plan("C2", S.minusDays(20), null)
			.did("PLAN_SHARED_WITH_PARENTS", S.minusDays(20))
			.did("PLAN_SHARED_WITH_GP", S.minusDays(21));
		RuleResult result = RuleCheck.evaluate(this.sincePlan, baby);
		assertThat(result.outcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(result.values()).containsEntry("planStart", S.minusDays(20).toString())
			.containsEntry("missing", "GP");
	}

	@Test
	void planEndedBeforeThePeriodIsNotTheAnchor() {
		Baby baby = typical().plan("C1", S.minusDays(200), null)
			.plan("C2", S.minusDays(20), S.minusDays(1))
			.did("PLAN_SHARED_WITH_PARENTS", S.minusDays(100))
			.did("PLAN_SHARED_WITH_GP", S.minusDays(100));
		assertThat(RuleCheck.evaluate(this.sincePlan, baby).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void sincePlanStartNeedsTheCpPlanCondition() {
		assertThat(this.sincePlan.needs()).containsExactly("cp-plan");
		assertThat(this.threeTypes.needs()).isEmpty();
	}

	private static Map<String, String> labels(String... typesAndLabels) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < typesAndLabels.length; i += 2) {
			labels.put(typesAndLabels[i], typesAndLabels[i + 1]);
		}
		return labels;
	}
}
