package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.generate.Baby.Person;
import org.safeguarding.audit.generate.Baby.Relationship;
import org.safeguarding.audit.generate.Baby.Timeline;

/**
 * Draws a baby's mother, father (known, not disclosed or absent), mother's partner, other
 * carer and other household member, and their relationship rows.
 */
final class FamilyMaker {

	/** An adult practice is about: who may be assessed or advised. */
	record Member(String personId, String type, boolean male, boolean livesWithChild, LocalDate since) {
	}

	record Family(List<Person> adults, List<Relationship> relationships, List<Member> members) {
	}

	private final Draw draw;

	private final Timeline timeline;

	private final double fatherKnown;

	private final List<Person> adults = new ArrayList<>();

	private final List<Relationship> relationships = new ArrayList<>();

	private final List<Member> members = new ArrayList<>();

	private FamilyMaker(Draw draw, Timeline timeline, double fatherKnown) {
		this.draw = draw;
		this.timeline = timeline;
		this.fatherKnown = fatherKnown;
	}

	/** @param fatherKnown the chance the father's identity is on record; otherwise not disclosed or no father recorded */
	static Family make(Draw draw, Timeline timeline, double fatherKnown) {
		FamilyMaker maker = new FamilyMaker(draw, timeline, fatherKnown);
		maker.mother();
		maker.father();
		maker.partner();
		maker.otherCarer();
		maker.otherMember();
		return new Family(List.copyOf(maker.adults), List.copyOf(maker.relationships), List.copyOf(maker.members));
	}

	private void mother() {
		String lives = lives(92, 5, 3);
		add(1, 0, "F", adultDob(17, 42), "MOTHER", lives, null, null, this.timeline.arrival());
	}

	private void father() {
		int kind = this.draw.chance(this.fatherKnown) ? 0 : this.draw.chance(0.5) ? 1 : 2;
		LocalDate seen = this.timeline.arrival();
		if (kind == 1) {
			this.relationships.add(new Relationship(Ids.relationship(index(), 1), null, "FATHER",
					this.draw.chance(0.5) ? "" : "N", null, null, seen));
		}
		if (kind != 0) {
			return;
		}
		String sex = new String[] { "M", "", "U" }[this.draw.weighted(96, 3, 1)];
		LocalDate identified = null;
		if (this.draw.chance(0.15)) {
			identified = seen.plusDays(this.draw.between(10, 200));
			this.relationships.add(new Relationship(Ids.relationship(index(), 1), null, "FATHER", "", null,
					identified, seen));
		}
		LocalDate start = (identified != null) ? identified : this.draw.chance(0.3) ? this.timeline.born() : null;
		add(2, 2, sex, adultDob(18, 50), "FATHER", lives(45, 40, 15), start, null,
				(identified != null) ? identified : seen);
	}

	private void partner() {
		if (!this.draw.chance(0.3)) {
			return;
		}
		LocalDate seen = this.timeline.arrival();
		LocalDate start = seen.plusDays(this.draw.between(-300, 300));
		LocalDate end = this.draw.chance(0.25) ? start.plusDays(this.draw.between(20, 250)) : null;
		LocalDate known = latest(seen, start.minusDays(this.draw.between(0, 20)));
		String sex = this.draw.chance(0.85) ? "M" : "F";
		add(3, 3, sex, adultDob(18, 50), "MOTHERS_PARTNER", lives(70, 20, 10), start, end, known);
	}

	private void otherCarer() {
		if (!this.draw.chance(0.15)) {
			return;
		}
		boolean grandmother = this.draw.chance(0.6);
		LocalDate start = this.draw.chance(0.5) ? null : this.timeline.arrival().plusDays(this.draw.between(0, 200));
		LocalDate known = (start == null) ? this.timeline.arrival()
				: latest(this.timeline.arrival(), start.minusDays(this.draw.between(0, 10)));
		add(4, 4, grandmother ? "F" : "M", grandmother ? adultDob(36, 70) : adultDob(18, 45), "OTHER_CARER",
				lives(40, 60, 0), start, null, known);
	}

	private void otherMember() {
		if (!this.draw.chance(0.1)) {
			return;
		}
		LocalDate dob = this.timeline.born().minusDays(this.draw.between(700, 4500));
		add(5, 5, this.draw.chance(0.5) ? "M" : "F", dob, "OTHER", "Y", null, null, this.timeline.arrival());
	}

	private void add(int personSlot, int relationshipSlot, String sex, LocalDate dob, String type, String lives,
			LocalDate start, LocalDate end, LocalDate known) {
		String id = Ids.person(index(), personSlot);
		this.adults.add(new Person(id, sex, dob));
		this.relationships.add(new Relationship(Ids.relationship(index(), relationshipSlot), id, type, lives, start,
				end, known));
		if (!type.equals("OTHER")) {
			this.members.add(new Member(id, type, sex.equals("M"), lives.equals("Y"), start));
		}
	}

	private String lives(int yes, int no, int empty) {
		return new String[] { "Y", "N", "" }[this.draw.weighted(yes, no, empty)];
	}

	private LocalDate adultDob(int youngest, int oldest) {
		if (this.draw.chance(0.04)) {
			return null;
		}
		return this.timeline.born().minusDays(this.draw.between(youngest * 365, oldest * 365));
	}

	private long index() {
		return this.timeline.index();
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
