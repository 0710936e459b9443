package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * rule kind {@code latest-completed-event-within-days}: the latest completed event of the type is
 * MET when {@code days(its date, A) <= withinDays}, PARTLY_MET when older; NOT_MET when none.
 */
record LatestCompletedEventRule(String eventType, int withinDays) implements Rule {

	static LatestCompletedEventRule read(DefinitionNode rule) {
		return new LatestCompletedEventRule(rule.eventType("eventType"), rule.nonNegative("withinDays"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		Optional<CaseFile.Event> found = facts.latestCompleted(this.eventType);
		if (found.isEmpty()) {
			return RuleResult.of(Outcome.NOT_MET);
		}
		CaseFile.Event latest = found.get();
		long days = CaseFacts.days(latest.eventDate(), facts.auditDate());
		return RuleResult.of((days <= this.withinDays) ? Outcome.MET : Outcome.PARTLY_MET, "date", latest.eventDate(),
				"days", days, "event", latest.id());
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> found = Set.of("date", "days", "event");
		return Map.of(Outcome.MET, found, Outcome.PARTLY_MET, found, Outcome.NOT_MET, Set.of());
	}
}
