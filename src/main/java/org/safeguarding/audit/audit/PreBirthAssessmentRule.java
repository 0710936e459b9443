package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rule kind {@code pre-birth-assessment}: the earliest completed event of the type is MET when
 * {@code days(its date, D) >= minDaysBeforeDue}, PARTLY_MET when later; NOT_MET when none. With
 * none, the criterion only applies once the due date is near: {@code days(A, D) <= dueWithinDays}.
 */
record PreBirthAssessmentRule(String eventType, int minDaysBeforeDue, int dueWithinDays) implements Rule {

	static PreBirthAssessmentRule read(DefinitionNode rule) {
		return new PreBirthAssessmentRule(rule.eventType("eventType"), rule.nonNegative("minDaysBeforeDue"),
				rule.nonNegative("dueWithinDays"));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		LocalDate due = facts.due().orElseThrow();
		List<CaseFile.Event> completed = facts.completed(this.eventType);
		if (completed.isEmpty()) {
			long daysToDue = CaseFacts.days(facts.auditDate(), due);
			return RuleResult.of((daysToDue <= this.dueWithinDays) ? Outcome.NOT_MET : Outcome.NOT_APPLICABLE, "due",
					due, "daysToDue", daysToDue);
		}
		CaseFile.Event first = completed.get(0);
		long days = CaseFacts.days(first.eventDate(), due);
		return RuleResult.of((days >= this.minDaysBeforeDue) ? Outcome.MET : Outcome.PARTLY_MET, "date",
				first.eventDate(), "due", due, "days", days, "when", when(days), "event", first.id());
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		Set<String> found = Set.of("date", "due", "days", "when", "event");
		Set<String> none = Set.of("due", "daysToDue");
		return Map.of(Outcome.MET, found, Outcome.PARTLY_MET, found, Outcome.NOT_MET, none, Outcome.NOT_APPLICABLE,
				none);
	}

	@Override
	public Set<String> needs() {
		return Set.of("due-date-known");
	}

	/** "10 days before", "3 days after", "1 day before" or "on": reads well whatever the sign. */
	static String when(long daysBefore) {
		if (daysBefore == 0) {
			return "on";
		}
		long n = Math.abs(daysBefore);
		return n + ((n == 1) ? " day " : " days ") + ((daysBefore > 0) ? "before" : "after");
	}
}
