package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rule kind {@code all-of-event-types-completed}: MET when there is a completed event of every
 * listed type, PARTLY_MET of some, NOT_MET of none. With {@code since: cp-plan-start} only events
 * dated on or after P (the latest start of a CP plan open in the period) count.
 */
record AllEventTypesCompletedRule(Map<String, String> labels, boolean sinceCpPlanStart) implements Rule {

	static final String CP_PLAN_START = "cp-plan-start";

	AllEventTypesCompletedRule {
		labels = new LinkedHashMap<>(labels);
	}

	static AllEventTypesCompletedRule read(DefinitionNode rule) {
		Map<String, String> labels = rule.eventTypeLabels("eventTypes");
		boolean since = rule.has("since") && CP_PLAN_START.equals(rule.oneOf("since", Set.of(CP_PLAN_START)));
		return new AllEventTypesCompletedRule(labels, since);
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		LocalDate since = this.sinceCpPlanStart ? facts.cpPlanStart().orElseThrow() : LocalDate.MIN;
		List<String> done = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		this.labels.forEach((type, label) -> {
			List<CaseFile.Event> sinceAnchor = facts.completed(type)
				.stream()
				.filter((event) -> !event.eventDate().isBefore(since))
				.toList();
			CaseFacts.last(sinceAnchor)
				.ifPresentOrElse((latest) -> done.add(label + " " + latest.eventDate()), () -> missing.add(label));
		});
		Outcome outcome = missing.isEmpty() ? Outcome.MET : done.isEmpty() ? Outcome.NOT_MET : Outcome.PARTLY_MET;
		Map<String, String> values = new LinkedHashMap<>();
		values.put("done", String.join(", ", done));
		values.put("missing", String.join(" or ", missing));
		if (this.sinceCpPlanStart) {
			values.put("planStart", since.toString());
		}
		return new RuleResult(outcome, values);
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> since = this.sinceCpPlanStart ? Set.of("planStart") : Set.of();
		return Map.of(Outcome.MET, with(since, "done"), Outcome.PARTLY_MET, with(since, "done", "missing"),
				Outcome.NOT_MET, with(since, "missing"));
	}

	@Override
	public Set<String> needs() {
		return this.sinceCpPlanStart ? Set.of("cp-plan") : Set.of();
	}

	private static Set<String> with(Set<String> base, String... more) {
		Set<String> names = new HashSet<>(base);
		names.addAll(List.of(more));
		return Set.copyOf(names);
	}
}
