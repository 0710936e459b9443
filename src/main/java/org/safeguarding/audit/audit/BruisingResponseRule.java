package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * rule kind {@code bruising-response}: applies when a completed bruising event is dated X on or
 * after birth with {@code days(B, X) < underAgeDays} (X = the earliest). MET when every response
 * type has a completed event dated from X to X + responseWithinDays; PARTLY_MET when not, but
 * one of them is dated on or after X; NOT_MET otherwise.
 */
record BruisingResponseRule(String eventType, int underAgeDays, Map<String, String> responses,
		int responseWithinDays) implements Rule {

	BruisingResponseRule {
		responses = new LinkedHashMap<>(responses);
	}

	static BruisingResponseRule read(DefinitionNode rule) {
		return new BruisingResponseRule(rule.eventType("eventType"), rule.nonNegative("underAgeDays"),
				rule.eventTypeLabels("responses"), rule.nonNegative("responseWithinDays"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		LocalDate birth = facts.birth().orElseThrow();
		Optional<CaseFile.Event> bruise = facts.completed(this.eventType)
			.stream()
			.filter((event) -> !event.eventDate().isBefore(birth))
			.filter((event) -> CaseFacts.days(birth, event.eventDate()) < this.underAgeDays)
			.findFirst();
		if (bruise.isEmpty()) {
			return RuleResult.of(Outcome.NOT_APPLICABLE);
		}
		LocalDate seen = bruise.get().eventDate();
		LocalDate deadline = seen.plusDays(this.responseWithinDays);
		boolean allInTime = true;
		boolean anyResponse = false;
		List<String> said = new ArrayList<>();
		for (Map.Entry<String, String> response : this.responses.entrySet()) {
			Optional<LocalDate> first = facts.completed(response.getKey())
				.stream()
				.map(CaseFile.Event::eventDate)
				.filter((date) -> !date.isBefore(seen))
				.findFirst();
			allInTime &= first.isPresent() && !first.get().isAfter(deadline);
			anyResponse |= first.isPresent();
			said.add(first.map((date) -> response.getValue() + " " + date).orElse("no " + response.getValue()));
		}
		Outcome outcome = allInTime ? Outcome.MET : anyResponse ? Outcome.PARTLY_MET : Outcome.NOT_MET;
		return RuleResult.of(outcome, "date", seen, "age", CaseFacts.days(birth, seen), "responses",
				String.join(", ", said), "deadline", deadline, "event", bruise.get().id());
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> seen = Set.of("date", "age", "responses", "deadline", "event");
		return Map.of(Outcome.MET, seen, Outcome.PARTLY_MET, seen, Outcome.NOT_MET, seen, Outcome.NOT_APPLICABLE,
				Set.of());
	}

	@Override
	public Set<String> needs() {
		return Set.of("born");
	}
}
