package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data: one baby's case file, built in a few readable lines. Unless told otherwise the
 * period is 2026-10 (S = 2026-10-01, A = 2026-10-31) and related people are known by sex.
 */
final class Baby {

	static final AuditPeriod OCTOBER = AuditPeriod.parse("2026-10");

	/** A: the audit date of {@link #OCTOBER}. */
	static final LocalDate A = OCTOBER.auditDate();

	/** S: the first day of {@link #OCTOBER}. */
	static final LocalDate S = OCTOBER.start();

	private final String id;

	private LocalDate dob;

	private LocalDate expectedDob;

	private AuditPeriod period = OCTOBER;

	private final List<CaseFile.Episode> episodes = new ArrayList<>();

	private final List<CaseFile.Relationship> relationships = new ArrayList<>();

	private final List<CaseFile.Event> events = new ArrayList<>();

	private final List<CaseFile.CpPlan> plans = new ArrayList<>();

	private final List<CaseFile.Assessment> assessments = new ArrayList<>();

	private final Map<String, String> sexes = new HashMap<>(Map.of("MUM", "F", "DAD", "M"));

	private Baby(String id) {
		this.id = id;
	}

	/** Baby P1 with no dates, episodes or anything else yet. */
	static Baby baby() {
		return new Baby("P1");
	}

	/** Baby P1 born on {@code dob}, referred (episode E1) on {@code referral}, in team North. */
	static Baby bornAndReferred(LocalDate dob, LocalDate referral) {
		return baby().born(dob).referred("E1", referral);
	}

	/** A baby born 100 days before A and referred 100 days before A: most criteria apply. */
	static Baby typical() {
		return bornAndReferred(A.minusDays(100), A.minusDays(100));
	}

	static LocalDate date(String yyyyMmDd) {
		return LocalDate.parse(yyyyMmDd);
	}

	Baby born(LocalDate dob) {
		this.dob = dob;
		return this;
	}

	Baby due(LocalDate expectedDob) {
		this.expectedDob = expectedDob;
		return this;
	}

	Baby period(String yyyyMm) {
		this.period = AuditPeriod.parse(yyyyMm);
		return this;
	}

	Baby referred(String referralId, LocalDate referral) {
		return episode(referralId, referral, null, "North");
	}

	Baby episode(String referralId, LocalDate referral, LocalDate close, String team) {
		this.episodes.add(new CaseFile.Episode(referralId, referral, close, team));
		return this;
	}

	/** A related person's sex (MUM is F and DAD is M unless told otherwise). */
	Baby sex(String personId, String sex) {
		this.sexes.put(personId, sex);
		return this;
	}

	/** An open relationship, no start date, living with the child. */
	Baby lives(String type, String personId) {
		return relationship(type, personId, true, null, null);
	}

	/** An open relationship, no start date, not living with the child. */
	Baby livesApart(String type, String personId) {
		return relationship(type, personId, false, null, null);
	}

	Baby relationship(String type, String personId, boolean livesWithChild, LocalDate start, LocalDate end) {
		String sex = (personId != null) ? this.sexes.getOrDefault(personId, "U") : null;
		this.relationships.add(new CaseFile.Relationship("L" + (this.relationships.size() + 1), personId, sex, type,
				livesWithChild, start, end));
		return this;
	}

	/** A completed event with no subject and no recorded date; its id is V1, V2... in order. */
	Baby did(String type, LocalDate date) {
		return event(type, date, null, null, true, null);
	}

	/** A completed event about an adult (the carer assessed or advised). */
	Baby did(String type, LocalDate date, String subjectPersonId) {
		return event(type, date, null, subjectPersonId, true, null);
	}

	/** A completed event written on the record on {@code recorded}. */
	Baby recorded(String type, LocalDate date, LocalDate recorded) {
		return event(type, date, recorded, null, true, null);
	}

	/** A NOT_COMPLETED event, with a reason or null. */
	Baby notDone(String type, LocalDate date, String reason) {
		return event(type, date, null, null, false, reason);
	}

	Baby event(String type, LocalDate date, LocalDate recorded, String subjectPersonId, boolean completed,
			String reason) {
		this.events.add(new CaseFile.Event("V" + (this.events.size() + 1), subjectPersonId, "CSC", type, date,
				recorded, completed, reason));
		return this;
	}

	Baby plan(String planId, LocalDate start, LocalDate end) {
		this.plans.add(new CaseFile.CpPlan(planId, start, end));
		return this;
	}

	Baby assessment(String assessmentId, LocalDate start, String... factors) {
		this.assessments.add(new CaseFile.Assessment(assessmentId, start, null, Set.of(factors)));
		return this;
	}

	CaseFile file() {
		return new CaseFile(new CaseFile.Person(this.id, "F", this.dob, this.expectedDob), this.episodes,
				this.relationships, this.events, this.plans, this.assessments);
	}

	AuditPeriod auditPeriod() {
		return this.period;
	}

	/** The case as the cohort selects it; fails the test when the baby is not in the cohort. */
	AuditCase auditCase() {
		return Cohort.select(file(), this.period)
			.orElseThrow(() -> new AssertionError("P1 is not in the cohort of " + this.period));
	}

	CaseFacts facts() {
		return new CaseFacts(auditCase());
	}
}
