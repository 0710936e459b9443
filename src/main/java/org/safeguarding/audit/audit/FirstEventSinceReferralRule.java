package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * rule kind {@code first-completed-event-since-referral}: the earliest completed event of the type
 * dated on or after R is MET when {@code days(R, its date) <= withinDays}, PARTLY_MET when later;
 * NOT_MET when none.
 */
record FirstEventSinceReferralRule(String eventType, int withinDays) implements Rule {

	static FirstEventSinceReferralRule read(DefinitionNode rule) {
		return new FirstEventSinceReferralRule(rule.eventType("eventType"), rule.nonNegative("withinDays"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		Optional<CaseFile.Event> first = facts.completed(this.eventType)
			.stream()
			.filter((event) -> !event.eventDate().isBefore(facts.referralDate()))
			.findFirst();
		if (first.isEmpty()) {
			return RuleResult.of(Outcome.NOT_MET, "referral", facts.referralDate());
		}
		long days = CaseFacts.days(facts.referralDate(), first.get().eventDate());
		return RuleResult.of((days <= this.withinDays) ? Outcome.MET : Outcome.PARTLY_MET, "date",
				first.get().eventDate(), "days", days, "referral", facts.referralDate(), "event", first.get().id());
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> found = Set.of("date", "days", "referral", "event");
		return Map.of(Outcome.MET, found, Outcome.PARTLY_MET, found, Outcome.NOT_MET, Set.of("referral"));
	}
}
