package org.safeguarding.audit.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.Outcome;

/** Checks an auditor's outcomes against the criteria that apply to the case: every one, and no other. */
final class ModerationOutcomes {

	private ModerationOutcomes() {
	}

	/** The criteria whose automated outcome is not NOT_APPLICABLE, in tool order. */
	static List<String> applicable(Map<String, Outcome> automated) {
		return automated.entrySet().stream().filter((e) -> e.getValue().applicable()).map(Map.Entry::getKey).toList();
	}

	/** The outcomes given, read and checked; field names are {@code outcomes.<criterion>}. */
	static Map<String, Outcome> check(Map<String, Outcome> automated, Map<String, String> given, Moderation moderation) {
		for (String criterion : given.keySet()) {
			Outcome auto = automated.get(criterion);
			if (auto == null) {
				throw new InvalidInputException("outcomes." + criterion, "criterion " + Inputs.quoted(criterion)
						+ " is not a criterion of tool '" + moderation.toolId() + "'");
			}
			if (!auto.applicable()) {
				throw new InvalidInputException("outcomes." + criterion, "criterion " + criterion
						+ " does not apply to case " + moderation.caseId() + " in " + moderation.period()
						+ " (automated outcome NOT_APPLICABLE): it takes no outcome");
			}
		}
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		for (String criterion : applicable(automated)) {
			String field = "outcomes." + criterion;
			String value = given.get(criterion);
			if (value == null || value.isBlank()) {
				throw new InvalidInputException(field, "the outcome of " + criterion + " is required");
			}
			outcomes.put(criterion, Inputs.oneOf(field, Outcome.class, value.strip()));
		}
		return outcomes;
	}
}
