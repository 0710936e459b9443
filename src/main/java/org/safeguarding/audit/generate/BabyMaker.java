package org.safeguarding.audit.generate;

import java.time.LocalDate;

import org.safeguarding.audit.generate.Baby.Timeline;
import org.safeguarding.audit.generate.CaseMaker.Cases;
import org.safeguarding.audit.generate.FamilyMaker.Family;

/**
 * Draws one baby's whole history from random streams seeded by (seed, baby index) alone, so
 * the baby is the same whichever drop asks for it and in whatever order. The timeline has its
 * own stream, so a drop can see whether a baby is in scope before drawing the rest.
 */
final class BabyMaker {

	private final World world;

	BabyMaker(World world) {
		this.world = world;
	}

	/** Four in ten babies are referred before birth (up to about five months ahead), the rest in their first year. */
	Timeline timeline(long index) {
		Draw draw = this.world.draw(index, 0);
		LocalDate arrival = this.world.arrival(index);
		boolean prenatal = draw.chance(0.4);
		double unit = draw.unit();
		LocalDate born = prenatal ? arrival.plusDays(draw.between(10, 160)) : arrival.minusDays((long) (330 * unit * unit));
		LocalDate due = born.plusDays(draw.between(-14, 14));
		boolean dueRecorded = draw.chance(prenatal ? 0.75 : 0.15);
		String sex = new String[] { "M", "F", "U", "I" }[draw.weighted(48, 48, 3, 1)];
		return new Timeline(index, arrival, born, due, dueRecorded, sex);
	}

	Baby make(Timeline timeline) {
		Draw draw = this.world.draw(timeline.index(), 1);
		Cases cases = CaseMaker.make(this.world, draw, timeline);
		// Finding out who the father is, is the first team's practice too ("hidden men").
		double fatherKnown = this.world.chance(cases.episodes().get(0).team(), timeline.arrival(), 0.4);
		Family family = FamilyMaker.make(draw, timeline, fatherKnown);
		EventLog log = new EventLog(this.world, draw, timeline.index(), cases.episodes());
		CscPractice.record(log, draw, timeline, family, cases);
		HealthPractice.record(log, draw, timeline, family);
		return new Baby(timeline, family.adults(), cases.episodes(), cases.plans(), cases.assessments(),
				family.relationships(), log.events());
	}
}
