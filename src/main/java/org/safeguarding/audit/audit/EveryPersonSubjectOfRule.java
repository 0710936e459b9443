package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * rule kind {@code every-person-subject-of}: every person of a group (men or carers) must be the
 * subject of a completed event of the type. MET all, PARTLY_MET some, NOT_MET none;
 * NOT_APPLICABLE when the group is empty.
 */
record EveryPersonSubjectOfRule(People people, String eventType) implements Rule {

	static EveryPersonSubjectOfRule read(DefinitionNode rule) {
		Set<String> groups = Arrays.stream(People.values()).map(People::key).collect(Collectors.toSet());
		String group = rule.oneOf("people", groups);
		People people = Arrays.stream(People.values()).filter((p) -> p.key().equals(group)).findFirst().orElseThrow();
		return new EveryPersonSubjectOfRule(people, rule.eventType("eventType"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		SortedMap<String, String> group = facts.people(this.people);
		if (group.isEmpty()) {
			return RuleResult.of(Outcome.NOT_APPLICABLE);
		}
		List<CaseFile.Event> completed = facts.completed(this.eventType);
		List<String> done = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		group.forEach((id, label) -> {
			Optional<CaseFile.Event> latest = CaseFacts
				.last(completed.stream().filter((event) -> id.equals(event.subjectPersonId())).toList());
			latest.ifPresentOrElse((event) -> done.add(label + " on " + event.eventDate()), () -> missed.add(label));
		});
		Outcome outcome = missed.isEmpty() ? Outcome.MET : done.isEmpty() ? Outcome.NOT_MET : Outcome.PARTLY_MET;
		return RuleResult.of(outcome, "done", String.join(", ", done), "missed", String.join(", ", missed));
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		return Map.of(Outcome.MET, Set.of("done"), Outcome.PARTLY_MET, Set.of("done", "missed"), Outcome.NOT_MET,
				Set.of("missed"), Outcome.NOT_APPLICABLE, Set.of());
	}
}
