package org.safeguarding.audit.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguarding.audit.stats.Proportions;

/**
 * rule kind {@code records-timeliness}: of the events with a recorded date, the share written
 * within {@code withinDays} of the event. MET at 100%, PARTLY_MET at {@code partlyMetAtLeastPct}
 * or more, NOT_MET below; NOT_APPLICABLE when no event has a recorded date.
 */
record RecordsTimelinessRule(int withinDays, int partlyMetAtLeastPct) implements Rule {

	/** Evidence names at most this many late records, then says how many more. */
	static final int LATE_LISTED = 10;

	static RecordsTimelinessRule read(DefinitionNode rule) {
		int withinDays = rule.nonNegative("withinDays");
		int pct = rule.nonNegative("partlyMetAtLeastPct");
		if (pct > 100) {
			throw rule.error("partlyMetAtLeastPct", "must be from 0 to 100 (was " + pct + ")");
		}
		return new RecordsTimelinessRule(withinDays, pct);
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		List<CaseFile.Event> recorded = facts.events()
			.stream()
			.filter((event) -> event.recordedDate() != null)
			.toList();
		if (recorded.isEmpty()) {
			return RuleResult.of(Outcome.NOT_APPLICABLE);
		}
		// Late records keep the facts' order (event date, then id): the evidence reads as a chronology.
		List<CaseFile.Event> late = recorded.stream()
			.filter((event) -> CaseFacts.days(event.eventDate(), event.recordedDate()) > this.withinDays)
			.toList();
		int total = recorded.size();
		int timely = total - late.size();
		// Integer comparison: timely / total >= pct / 100 without a rounded percentage in between.
		Outcome outcome = late.isEmpty() ? Outcome.MET
				: (100L * timely >= (long) this.partlyMetAtLeastPct * total) ? Outcome.PARTLY_MET : Outcome.NOT_MET;
		return RuleResult.of(outcome, "timely", timely, "total", total, "pct", Proportions.percent(timely, total),
				"late", describe(late));
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> counts = Set.of("timely", "total", "pct");
		Set<String> withLate = Set.of("timely", "total", "pct", "late");
		return Map.of(Outcome.MET, counts, Outcome.PARTLY_MET, withLate, Outcome.NOT_MET, withLate,
				Outcome.NOT_APPLICABLE, Set.of());
	}

	private static String describe(List<CaseFile.Event> late) {
		String listed = late.stream()
			.limit(LATE_LISTED)
			.map((event) -> event.id() + " (" + event.type() + " " + event.eventDate() + ", recorded "
					+ event.recordedDate() + ")")
			.collect(Collectors.joining(", "));
		return (late.size() > LATE_LISTED) ? listed + " and " + (late.size() - LATE_LISTED) + " more" : listed;
	}
}
