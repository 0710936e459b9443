package org.safeguarding.audit.report;

import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;

/**
 * Small rows for the section tests: a criterion's summary as the job stores it (the product's own
 * CriterionSummary); the tests check how the sections show it, with values worked by hand.
 */
final class SectionsTestData {

	private SectionsTestData() {
	}

	static CriterionCounts criterion(int seq, String code, String title, long met, long partly, long notMet) {
		CriterionSummary s = CriterionSummary.of(code, title, (int) met, (int) partly, (int) notMet, 1.959964);
		return new CriterionCounts(seq, code, title, s.applicable(), met, partly, notMet, s.compliancePct(),
				s.ciLowPct(), s.ciHighPct());
	}

	static PeriodCounts period(String period, String code, long met, long partly, long notMet) {
		return new PeriodCounts(period, 1, code, met + partly + notMet, met, partly, notMet);
	}

	static TeamCounts team(String team, String code, long met, long partly, long notMet) {
		return new TeamCounts(team, 1, code, met + partly + notMet, met, partly, notMet);
	}
}
