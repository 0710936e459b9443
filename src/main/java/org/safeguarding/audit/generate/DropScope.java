package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.safeguarding.audit.generate.Baby.Episode;
import org.safeguarding.audit.generate.Baby.Timeline;

/**
 * Which babies a month's drop holds and what is on record: babies referred by the extract date
 * (a few days after the month), unborn or under about 14 months at the audit date, with a case
 * open in the month or closed not long before it.
 */
record DropScope(LocalDate start, LocalDate auditDate, LocalDate extractDate) {

	static final int EXTRACT_LAG_DAYS = 5;

	/** About 14 months: some babies are just over the tool's 364 days. */
	static final int MAX_AGE_DAYS = 425;

	static final int CLOSED_NEAR_DAYS = 92;

	/** No baby in scope was referred longer ago than this before the audit date. */
	static final int LOOK_BACK_DAYS = 600;

	static DropScope of(YearMonth period) {
		LocalDate auditDate = period.atEndOfMonth();
		return new DropScope(period.atDay(1), auditDate, auditDate.plusDays(EXTRACT_LAG_DAYS));
	}

	LocalDate firstArrival() {
		return this.auditDate.minusDays(LOOK_BACK_DAYS);
	}

	boolean youngEnough(Timeline timeline) {
		return onRecord(timeline.arrival()) && (timeline.born().isAfter(this.auditDate)
				|| !timeline.born().plusDays(MAX_AGE_DAYS).isBefore(this.auditDate));
	}

	boolean caseNear(List<Episode> episodes) {
		LocalDate closedSince = this.start.minusDays(CLOSED_NEAR_DAYS);
		for (Episode episode : episodes) {
			LocalDate close = episode.close();
			if (onRecord(episode.referral()) && (!onRecord(close) || !close.isBefore(closedSince))) {
				return true;
			}
		}
		return false;
	}

	/** Whether something that happened on the date is on record at the extract date. */
	boolean onRecord(LocalDate date) {
		return date != null && !date.isAfter(this.extractDate);
	}
}
