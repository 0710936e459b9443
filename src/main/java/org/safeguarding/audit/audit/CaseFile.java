package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything one load holds about one child, as read from the extract tables: the input of
 * scoring. Lists are in no particular order; the as-at-the-audit-date rules are applied by the
 * audit, not by whoever builds the file.
 */
public record CaseFile(Person child, List<Episode> episodes, List<Relationship> relationships,
		List<Event> events, List<CpPlan> plans, List<Assessment> assessments) {

	public CaseFile {
		episodes = List.copyOf(episodes);
		relationships = List.copyOf(relationships);
		events = List.copyOf(events);
		plans = List.copyOf(plans);
		assessments = List.copyOf(assessments);
	}

	/** {@code ssd_person}: sex is one of M, F, U, I (empty already read as U). */
	public record Person(String id, String sex, LocalDate dob, LocalDate expectedDob) {
	}

	/** {@code ssd_cin_episodes}: team is never empty (empty already read as Unallocated). */
	public record Episode(String referralId, LocalDate referralDate, LocalDate closeDate, String team) {
	}

	/**
	 * {@code ext_person_relationship}; relatedPersonId is null when the identity is not known,
	 * relatedPersonSex is that person's {@code pers_sex} (null when relatedPersonId is null).
	 */
	public record Relationship(String id, String relatedPersonId, String relatedPersonSex, String type,
			boolean livesWithChild, LocalDate startDate, LocalDate endDate) {
	}

	/** {@code ext_agency_events}: codes upper case; completed is {@code evnt_outcome = COMPLETED}. */
	public record Event(String id, String subjectPersonId, String agency, String type, LocalDate eventDate,
			LocalDate recordedDate, boolean completed, String reason) {
	}

	/** {@code ssd_cp_plans}. */
	public record CpPlan(String id, LocalDate startDate, LocalDate endDate) {
	}

	/** {@code ssd_cin_assessments} with the factor codes of its {@code ssd_assessment_factors} rows. */
	public record Assessment(String id, LocalDate startDate, LocalDate authDate, Set<String> factors) {

		public Assessment {
			factors = Set.copyOf(factors);
		}
	}
}
