package org.safeguarding.audit.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** A rule's outcome and the values that fill its evidence template. */
record RuleResult(Outcome outcome, Map<String, String> values) {

	RuleResult {
		values = Map.copyOf(values);
	}

	static RuleResult of(Outcome outcome, Object... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
		}
		return new RuleResult(outcome, values);
	}
}
