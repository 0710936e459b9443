package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.List;

import org.safeguarding.audit.generate.Baby.Timeline;
import org.safeguarding.audit.generate.FamilyMaker.Family;
import org.safeguarding.audit.generate.FamilyMaker.Member;

/**
 * Health and police practice around the birth: domestic-abuse enquiry before and after birth,
 * safe sleep and co-sleeping, coping with crying for each carer, and the response to bruising
 * (seen before or after six months, referral and medical within a day or later).
 */
final class HealthPractice {

	private static final List<String> NOT_SAFE = List.of("partner present", "partner present",
			"partner present, not safe to ask", "mother attended with partner, rebook alone",
			"interpreter not available");

	/** A reason spanning two lines: the format allows it, and line numbers must cope. */
	private static final String TWO_LINES = "partner present\nrebooked for a home visit alone";

	private final EventLog log;

	private final Draw draw;

	private final Timeline timeline;

	private final LocalDate born;

	private HealthPractice(EventLog log, Draw draw, Timeline timeline) {
		this.log = log;
		this.draw = draw;
		this.timeline = timeline;
		this.born = timeline.born();
	}

	static void record(EventLog log, Draw draw, Timeline timeline, Family family) {
		HealthPractice practice = new HealthPractice(log, draw, timeline);
		practice.domesticAbuseEnquiries();
		practice.safeSleep();
		for (Member member : family.members()) {
			practice.cryingAdvice(member);
		}
		practice.bruising();
	}

	private void domesticAbuseEnquiries() {
		LocalDate due = this.timeline.due();
		if (this.draw.chance(0.9)) {
			enquiry("MIDWIFERY", due.minusDays(this.draw.between(150, 200)));
		}
		if (this.draw.chance(0.5)) {
			enquiry("MIDWIFERY", due.minusDays(this.draw.between(20, 60)));
		}
		if (this.draw.chance(0.85)) {
			enquiry("HEALTH_VISITING", this.born.plusDays(this.draw.between(10, 14)));
		}
		if (this.draw.chance(0.6)) {
			enquiry("HEALTH_VISITING", this.born.plusDays(this.draw.between(42, 56)));
		}
	}

	/** Asked, or not asked with a reason ("partner present"), or not asked with none. */
	private void enquiry(String agency, LocalDate date) {
		String mother = Ids.person(this.timeline.index(), 1);
		if (this.log.chance(date, 0.8)) {
			this.log.completed(agency, "DA_ENQUIRY", date, mother);
		}
		else {
			String reason = this.draw.chance(0.03) ? TWO_LINES : this.draw.chance(0.65) ? this.draw.pick(NOT_SAFE) : "";
			this.log.notCompleted(agency, "DA_ENQUIRY", date, mother, reason);
		}
	}

	private void safeSleep() {
		if (this.log.chance(this.born, 1.5)) {
			this.log.completed(this.draw.chance(0.7) ? "MIDWIFERY" : "HOSPITAL", "SAFE_SLEEP_ADVICE",
					this.born.plusDays(this.draw.between(0, 3)), null);
		}
		LocalDate visit = this.born.plusDays(this.draw.between(10, 14));
		if (this.log.chance(visit, 0.3)) {
			this.log.completed("HEALTH_VISITING", "SAFE_SLEEP_ADVICE", visit, null);
		}
		if (this.log.chance(visit, 0.2)) {
			this.log.completed("HEALTH_VISITING", "CO_SLEEPING_ASSESSED", visit, null);
		}
		else if (this.draw.chance(0.1)) {
			this.log.notCompleted("HEALTH_VISITING", "CO_SLEEPING_ASSESSED", visit, null, "parents declined to discuss");
		}
	}

	/** Every carer living with the baby should be advised; mothers usually are, others less often. */
	private void cryingAdvice(Member member) {
		if (!member.livesWithChild() && !this.draw.chance(0.1)) {
			return;
		}
		LocalDate from = (member.since() != null && member.since().isAfter(this.born)) ? member.since() : this.born;
		LocalDate date = from.plusDays(this.draw.between(0, 20));
		String agency = this.draw.chance(0.5) ? "MIDWIFERY" : "HEALTH_VISITING";
		if (date.isAfter(this.timeline.horizon())) {
			return;
		}
		if (this.log.chance(date, member.type().equals("MOTHER") ? 1.2 : -0.2)) {
			this.log.completed(agency, "COPING_WITH_CRYING_ADVICE", date, member.personId());
		}
		else if (this.draw.chance(0.2)) {
			this.log.notCompleted(agency, "COPING_WITH_CRYING_ADVICE", date, member.personId(),
					"carer not present at the visit");
		}
	}

	/**
	 * Seen under six months (mostly young, often at 182 days) or not (183 and over); answered
	 * within a day, later or not at all. Bruising is a common reason babies come to children's
	 * social care, often enough that the board sees its figures most months.
	 */
	private void bruising() {
		if (!this.draw.chance(0.3)) {
			return;
		}
		int age = switch (this.draw.weighted(75, 8, 8, 9)) {
			case 0 -> this.draw.between(3, 150);
			case 1 -> 182;
			case 2 -> 183;
			default -> this.draw.between(184, 330);
		};
		LocalDate seen = this.born.plusDays(age);
		String observer = new String[] { "HEALTH_VISITING", "GP", "HOSPITAL", "POLICE" }[this.draw.weighted(40, 25, 20,
				15)];
		this.log.completed(observer, "BRUISING_OBSERVED", seen, null);
		if (this.log.chance(seen, 0.3)) {
			this.log.completed(observer, "REFERRAL_TO_CSC", seen.plusDays(this.draw.between(0, 1)), null);
			this.log.completed("HOSPITAL", "CP_MEDICAL", seen.plusDays(this.draw.chance(0.5) ? 1 : 0), null);
			return;
		}
		switch (this.draw.weighted(45, 5, 50)) {
			case 0 -> {
				this.log.completed(observer, "REFERRAL_TO_CSC", seen.plusDays(this.draw.chance(0.5) ? 2 : 3), null);
				this.log.completed("HOSPITAL", "CP_MEDICAL", seen.plusDays(this.draw.between(0, 10)), null);
			}
			case 1 -> this.log.completed(observer, "REFERRAL_TO_CSC", seen.plusDays(this.draw.between(0, 1)), null);
			default -> {
			}
		}
	}
}
