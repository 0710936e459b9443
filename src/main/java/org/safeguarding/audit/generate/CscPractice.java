package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.List;

import org.safeguarding.audit.generate.Baby.Assessment;
import org.safeguarding.audit.generate.Baby.Episode;
import org.safeguarding.audit.generate.Baby.Plan;
import org.safeguarding.audit.generate.Baby.Timeline;
import org.safeguarding.audit.generate.CaseMaker.Cases;
import org.safeguarding.audit.generate.FamilyMaker.Family;
import org.safeguarding.audit.generate.FamilyMaker.Member;

/**
 * Children's social care practice on each episode: GP told, carers assessed, household
 * verified, chronology and supervision kept up (or not), pre-birth assessment, plans shared,
 * domestic-abuse risk assessed. Timings put dates on both sides of the tool's windows.
 */
final class CscPractice {

	private static final String CSC = "CSC";

	private static final List<String> NOT_ASSESSED = List.of("did not attend", "father declined, says he is not involved",
			"partner not available", "no contact details");

	private final EventLog log;

	private final Draw draw;

	private final Timeline timeline;

	private final Family family;

	private CscPractice(EventLog log, Draw draw, Timeline timeline, Family family) {
		this.log = log;
		this.draw = draw;
		this.timeline = timeline;
		this.family = family;
	}

	static void record(EventLog log, Draw draw, Timeline timeline, Family family, Cases cases) {
		CscPractice practice = new CscPractice(log, draw, timeline, family);
		for (Episode episode : cases.episodes()) {
			practice.episode(episode);
		}
		for (Plan plan : cases.plans()) {
			practice.planShared(plan.start());
		}
		for (Assessment assessment : cases.assessments()) {
			practice.domesticAbuseRisk(assessment);
		}
	}

	private void episode(Episode episode) {
		LocalDate referral = episode.referral();
		LocalDate end = (episode.close() != null) ? episode.close() : this.timeline.horizon();
		gpNotified(referral);
		for (Member member : this.family.members()) {
			carerAssessment(member, referral, end);
		}
		periodic("HOUSEHOLD_VERIFIED", referral, end, 30, 40, 90, 200, 0.5);
		periodic("CHRONOLOGY_UPDATED", referral, end, 40, 12, 28, 90, 0.3);
		periodic("SUPERVISION", referral, end, 30, 16, 31, 80, 0.6);
		if (referral.isBefore(this.timeline.born())) {
			preBirth(referral);
		}
	}

	/** On time is 0–7 days after referral (often exactly 7), late is 8 or more. */
	private void gpNotified(LocalDate referral) {
		int days;
		if (this.log.chance(referral, 0.8)) {
			days = this.draw.chance(0.25) ? 7 : this.draw.between(0, 6);
		}
		else if (this.draw.chance(0.6)) {
			days = this.draw.chance(0.25) ? 8 : this.draw.between(9, 40);
		}
		else {
			return;
		}
		this.log.completed(this.draw.chance(0.7) ? CSC : "GP", "GP_NOTIFIED", referral.plusDays(days), null);
	}

	/** Mothers are usually assessed; men ("hidden men") much less often. */
	private void carerAssessment(Member member, LocalDate referral, LocalDate end) {
		double base = member.type().equals("MOTHER") ? 1.2 : member.male() ? -0.3 : 0.5;
		LocalDate from = (member.since() != null && member.since().isAfter(referral)) ? member.since() : referral;
		LocalDate date = from.plusDays(this.draw.between(5, 60));
		if (date.isAfter(end)) {
			return;
		}
		if (this.log.chance(date, base)) {
			this.log.completed(CSC, "CARER_ASSESSMENT", date, member.personId());
		}
		else if (this.draw.chance(0.3)) {
			this.log.notCompleted(CSC, "CARER_ASSESSMENT", date, member.personId(), this.draw.pick(NOT_ASSESSED));
		}
	}

	/**
	 * A task repeated while the case is open: a good gap is within the window, a bad one beyond it;
	 * one falling due in August may slip to September.
	 */
	private void periodic(String type, LocalDate from, LocalDate to, int firstWithin, int goodFrom, int window,
			int badTo, double base) {
		LocalDate date = this.log.afterLeave(from.plusDays(this.draw.between(1, firstWithin)));
		while (!date.isAfter(to)) {
			String agency = (type.equals("HOUSEHOLD_VERIFIED") && this.draw.chance(0.2)) ? "POLICE" : CSC;
			if (this.draw.chance(0.04)) {
				this.log.notCompleted(agency, type, date, null, "family not at home, card left");
			}
			else {
				this.log.completed(agency, type, date, null);
			}
			boolean good = this.log.chance(date, base);
			date = this.log.afterLeave(
					date.plusDays(good ? this.draw.between(goodFrom, window) : this.draw.between(window + 1, badTo)));
		}
	}

	/** In good time is 28 or more days before the due date (often exactly 28); late is 27 or fewer. */
	private void preBirth(LocalDate referral) {
		int before;
		if (this.log.chance(referral, 0.2)) {
			before = this.draw.chance(0.3) ? 28 : this.draw.between(29, 90);
		}
		else if (this.draw.chance(0.6)) {
			before = this.draw.chance(0.3) ? 27 : this.draw.between(0, 26);
		}
		else {
			return;
		}
		LocalDate date = this.timeline.due().minusDays(before);
		if (date.isBefore(referral)) {
			date = referral.plusDays(this.draw.between(0, 5));
		}
		if (date.isBefore(this.timeline.born())) {
			this.log.completed(CSC, "PRE_BIRTH_ASSESSMENT", date, null);
		}
	}

	/** Shared on or after the plan's start counts; some were shared a few days before it. */
	private void planShared(LocalDate start) {
		if (this.log.chance(start, 1.0)) {
			this.log.completed(CSC, "PLAN_SHARED_WITH_PARENTS", start.plusDays(this.draw.between(0, 10)), null);
		}
		else if (this.draw.chance(0.3)) {
			this.log.completed(CSC, "PLAN_SHARED_WITH_PARENTS", start.minusDays(this.draw.between(1, 5)), null);
		}
		if (this.log.chance(start, 0.0)) {
			this.log.completed(this.draw.chance(0.6) ? CSC : "GP", "PLAN_SHARED_WITH_GP",
					start.plusDays(this.draw.between(0, 20)), null);
		}
	}

	private void domesticAbuseRisk(Assessment assessment) {
		boolean done = assessment.domesticAbuse() ? this.log.chance(assessment.start(), 0.5) : this.draw.chance(0.05);
		if (done) {
			this.log.completed(this.draw.chance(0.5) ? "POLICE" : CSC, "DA_RISK_ASSESSMENT",
					assessment.start().plusDays(this.draw.between(0, 20)), null);
		}
	}
}
