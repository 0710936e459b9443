package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One baby's whole history in the world, the same whichever drop asks for it; a drop shows the
 * part of it that is on record by its extract date. Empty optional values are null.
 */
record Baby(Timeline timeline, List<Person> adults, List<Episode> episodes, List<Plan> plans,
		List<Assessment> assessments, List<Relationship> relationships, List<Event> events) {

	String id() {
		return Ids.person(this.timeline.index(), 0);
	}

	/**
	 * When the baby was first referred, born and due; {@code dueRecorded} says whether the
	 * expected date of birth is kept in {@code pers_expected_dob}.
	 */
	record Timeline(long index, LocalDate arrival, LocalDate born, LocalDate due, boolean dueRecorded,
			String sex) {

		boolean referredBeforeBirth() {
			return this.arrival.isBefore(this.born);
		}

		/** After this no practice is recorded: the baby is past the age any drop holds. */
		LocalDate horizon() {
			return (this.born.isAfter(this.arrival) ? this.born : this.arrival).plusDays(440);
		}
	}

	/** A parent, carer or household member. */
	record Person(String id, String sex, LocalDate dob) {
	}

	record Episode(String id, LocalDate referral, LocalDate close, String team, String source) {
	}

	record Plan(String id, String episodeId, LocalDate start, LocalDate end, String category) {
	}

	/** An assessment with its one factors row; {@code domesticAbuse} when the factors hold 3A, 3B or 3C. */
	record Assessment(String id, String episodeId, LocalDate start, LocalDate auth, String factorsId,
			String factorsJson, boolean domesticAbuse) {
	}

	/** {@code known} is the day the relationship is first on record (its start may be later). */
	record Relationship(String id, String relatedId, String type, String lives, LocalDate start, LocalDate end,
			LocalDate known) {
	}

	/** {@code outcome} is written as is: COMPLETED, NOT_COMPLETED or empty (completed). */
	record Event(String id, String subjectId, String agency, String type, LocalDate date, LocalDate recorded,
			String outcome, String reason) {
	}
}
