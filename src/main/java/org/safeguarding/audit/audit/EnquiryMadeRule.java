package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * rule kind {@code enquiry-made}: looks at the events of the type dated before birth (all of them
 * while unborn) or on or after birth. MET when one is completed; PARTLY_MET when none is but one
 * was not completed with a reason given (it could not be asked safely); NOT_MET otherwise.
 */
record EnquiryMadeRule(String eventType, boolean sinceBirth) implements Rule {

	static final String BEFORE_BIRTH = "before-birth";

	static final String SINCE_BIRTH = "since-birth";

	static EnquiryMadeRule read(DefinitionNode rule) {
		String eventType = rule.eventType("eventType");
		String dated = rule.oneOf("dated", Set.of(BEFORE_BIRTH, SINCE_BIRTH));
		return new EnquiryMadeRule(eventType, SINCE_BIRTH.equals(dated));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		Optional<LocalDate> birth = facts.birth();
		List<CaseFile.Event> events = facts.events(this.eventType)
			.stream()
			.filter((event) -> this.sinceBirth ? !event.eventDate().isBefore(birth.orElseThrow())
					: birth.isEmpty() || event.eventDate().isBefore(birth.get()))
			.toList();
		Optional<CaseFile.Event> completed = CaseFacts.last(events.stream().filter(CaseFile.Event::completed).toList());
		if (completed.isPresent()) {
			return RuleResult.of(Outcome.MET, "date", completed.get().eventDate(), "event", completed.get().id());
		}
		Optional<CaseFile.Event> explained = CaseFacts.last(
				events.stream().filter((event) -> event.reason() != null && !event.reason().isBlank()).toList());
		if (explained.isPresent()) {
			return RuleResult.of(Outcome.PARTLY_MET, "date", explained.get().eventDate(), "event",
					explained.get().id(), "reason", explained.get().reason().strip());
		}
		return RuleResult.of(Outcome.NOT_MET);
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		return Map.of(Outcome.MET, Set.of("date", "event"), Outcome.PARTLY_MET, Set.of("date", "event", "reason"),
				Outcome.NOT_MET, Set.of());
	}

	@Override
	public Set<String> needs() {
		return this.sinceBirth ? Set.of("born") : Set.of();
	}
}
