package org.safeguarding.audit.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** rule kind {@code event-completed}: MET when a completed event of the type exists, else NOT_MET. */
record EventCompletedRule(String eventType) implements Rule {

	static EventCompletedRule read(DefinitionNode rule) {
		return new EventCompletedRule(rule.eventType("eventType"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		List<CaseFile.Event> completed = facts.completed(this.eventType);
		if (completed.isEmpty()) {
			return RuleResult.of(Outcome.NOT_MET);
		}
		CaseFile.Event latest = completed.get(completed.size() - 1);
		return RuleResult.of(Outcome.MET, "date", latest.eventDate(), "event", latest.id());
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		return Map.of(Outcome.MET, Set.of("date", "event"), Outcome.NOT_MET, Set.of());
	}
}
