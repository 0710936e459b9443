package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Set;

/** rule kind {@code event-completed}: MET when a completed event of the type exists, else NOT_MET. */
record EventCompletedRule(String eventType) implements Rule {

	static EventCompletedRule read(DefinitionNode rule) {
		return new EventCompletedRule(rule.eventType("eventType"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		return facts.latestCompleted(this.eventType)
			.map((latest) -> RuleResult.of(Outcome.MET, "date", latest.eventDate(), "event", latest.id()))
			.orElseGet(() -> RuleResult.of(Outcome.NOT_MET));
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		return Map.of(Outcome.MET, Set.of("date", "event"), Outcome.NOT_MET, Set.of());
	}
}
