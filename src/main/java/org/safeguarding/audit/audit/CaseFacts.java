package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One case as it stood on file at the audit date: only the events, relationships, plans and
 * assessments that count at A, and the dates the criteria are written in (A, S, R, B, D).
 */
final class CaseFacts {

	private static final Comparator<CaseFile.Event> BY_DATE_THEN_ID = Comparator
		.comparing(CaseFile.Event::eventDate)
		.thenComparing(CaseFile.Event::id, ByteOrder.UTF8);

	private final AuditCase auditCase;

	private final LocalDate auditDate;

	private final List<CaseFile.Event> events;

	private final List<CaseFile.Relationship> relationships;

	/** The events that count at A by type, then the completed ones: the rules ask for both many times. */
	private final Map<String, List<CaseFile.Event>> eventsByType = new HashMap<>();

	private final Map<String, List<CaseFile.Event>> completedByType = new HashMap<>();

	private final Map<String, String> globals;

	CaseFacts(AuditCase auditCase) {
		this.auditCase = auditCase;
		this.auditDate = auditCase.period().auditDate();
		this.events = auditCase.file().events().stream().filter(this::counts).sorted(BY_DATE_THEN_ID).toList();
		for (CaseFile.Event event : this.events) {
			this.eventsByType.computeIfAbsent(Codes.normal(event.type()), (type) -> new ArrayList<>()).add(event);
		}
		this.eventsByType.replaceAll((type, events) -> List.copyOf(events));
		this.globals = Map.of("auditDate", this.auditDate.toString(), "period", auditCase.period().toString());
		this.relationships = auditCase.file()
			.relationships()
			.stream()
			.filter((relationship) -> onOrBefore(relationship.startDate(), true))
			.toList();
	}

	/** days(x, y) of the spec: the number of days from x to y. */
	static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	/** A. */
	LocalDate auditDate() {
		return this.auditDate;
	}

	/** S. */
	LocalDate periodStart() {
		return this.auditCase.period().start();
	}

	/** R: the current episode's referral date. */
	LocalDate referralDate() {
		return this.auditCase.currentEpisode().referralDate();
	}

	/** B: the date of birth when the child is born at A. */
	Optional<LocalDate> birth() {
		LocalDate dob = this.auditCase.file().child().dob();
		return (dob != null && !dob.isAfter(this.auditDate)) ? Optional.of(dob) : Optional.empty();
	}

	/** D: the expected date of birth, else the date of birth. */
	Optional<LocalDate> due() {
		CaseFile.Person child = this.auditCase.file().child();
		return Optional.ofNullable((child.expectedDob() != null) ? child.expectedDob() : child.dob());
	}

	/** Every event that counts at A, by date then id. */
	List<CaseFile.Event> events() {
		return this.events;
	}

	/** The events of this type that count at A, by date then id. */
	List<CaseFile.Event> events(String type) {
		return this.eventsByType.getOrDefault(type, List.of());
	}

	/** The completed events of this type that count at A, by date then id. */
	List<CaseFile.Event> completed(String type) {
		return this.completedByType.computeIfAbsent(type,
				(key) -> events(key).stream().filter(CaseFile.Event::completed).toList());
	}

	/** The latest completed event of this type that counts at A. */
	Optional<CaseFile.Event> latestCompleted(String type) {
		return last(completed(type));
	}

	/** The last of a list in date order: the latest. */
	static Optional<CaseFile.Event> last(List<CaseFile.Event> inDateOrder) {
		return inDateOrder.isEmpty() ? Optional.empty() : Optional.of(inDateOrder.get(inDateOrder.size() - 1));
	}

	/** The relationships that count at A, ended ones included. */
	List<CaseFile.Relationship> relationships() {
		return this.relationships;
	}

	/** The people of a group, by id, each with a label such as {@code P2 (mother)}. */
	SortedMap<String, String> people(People group) {
		Map<String, Set<String>> types = this.relationships.stream()
			.filter((relationship) -> relationship.relatedPersonId() != null)
			.filter((relationship) -> !relationship.relatedPersonId().isBlank())
			.filter((relationship) -> group.includes(relationship, this.auditDate))
			.collect(Collectors.groupingBy(CaseFile.Relationship::relatedPersonId,
					Collectors.mapping((relationship) -> Codes.normal(relationship.type()), Collectors.toSet())));
		SortedMap<String, String> labels = new TreeMap<>(ByteOrder.UTF8);
		types.forEach((id, personTypes) -> labels.put(id, id + " (" + Codes.RELATIONSHIP_TYPES.stream()
			.filter(personTypes::contains)
			.map(Codes::relationshipLabel)
			.collect(Collectors.joining(", ")) + ")"));
		return labels;
	}

	/** P: the latest start of a CP plan that started by A and had not ended before S. */
	Optional<LocalDate> cpPlanStart() {
		return this.auditCase.file()
			.plans()
			.stream()
			.filter((plan) -> !plan.startDate().isAfter(this.auditDate))
			.filter((plan) -> plan.endDate() == null || !plan.endDate().isBefore(periodStart()))
			.map(CaseFile.CpPlan::startDate)
			.max(Comparator.naturalOrder());
	}

	/** The factor codes of the assessments that started by A. */
	Set<String> assessmentFactors() {
		Set<String> factors = new HashSet<>();
		this.auditCase.file()
			.assessments()
			.stream()
			.filter((assessment) -> !assessment.startDate().isAfter(this.auditDate))
			.forEach((assessment) -> assessment.factors().forEach((factor) -> factors.add(Codes.normal(factor))));
		return new TreeSet<>(factors);
	}

	/** Placeholders every evidence template may use. */
	Map<String, String> globals() {
		return this.globals;
	}

	private boolean counts(CaseFile.Event event) {
		return onOrBefore(event.eventDate(), false) && onOrBefore(event.recordedDate(), true);
	}

	private boolean onOrBefore(LocalDate date, boolean emptyCounts) {
		return (date == null) ? emptyCounts : !date.isAfter(this.auditDate);
	}
}
