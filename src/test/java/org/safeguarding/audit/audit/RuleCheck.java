package org.safeguarding.audit.audit;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluates a rule on a test baby, checking that it keeps its promise to the evidence templates. */
final class RuleCheck {

	private RuleCheck() {
	}

	static RuleResult evaluate(Rule rule, Baby baby) {
		RuleResult result = rule.evaluate(baby.facts());
		assertThat(rule.placeholders()).as("outcomes %s can give", rule).containsKey(result.outcome());
		assertThat(result.values()).as("values of %s %s", rule, result.outcome())
			.containsKeys(rule.placeholders().get(result.outcome()).toArray(String[]::new));
		return result;
	}
}
