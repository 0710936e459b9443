package org.safeguarding.audit.report;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;

/** Small rows for the section tests: percentages worked like the summary's (one decimal place). */
final class SectionsTestData {

	private SectionsTestData() {
	}

	static CriterionCounts criterion(int seq, String code, String title, long met, long partly, long notMet) {
		long n = met + partly + notMet;
		return new CriterionCounts(seq, code, title, n, met, partly, notMet, AuditHistory.pct(met, n, 0),
				AuditHistory.pct(met, n, -1), AuditHistory.pct(met, n, 1));
	}

	static PeriodCounts period(String period, String code, long met, long partly, long notMet) {
		return new PeriodCounts(period, 1, code, met + partly + notMet, met, partly, notMet);
	}

	static TeamCounts team(String team, String code, long met, long partly, long notMet) {
		return new TeamCounts(team, 1, code, met + partly + notMet, met, partly, notMet);
	}
}
