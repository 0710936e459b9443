package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.util.List;

/** What the board pack shows about one run, as read from the database; {@code warnings}: how many its drop had. */
record BoardPackData(Run run, List<CriterionCounts> criteria, List<PeriodCounts> history,
		List<TeamCounts> teams, List<GradeCount> grades, List<TableCounts> tables, List<ReasonCount> reasons,
		int warnings) {

	record Run(long runId, long loadId, String period, String toolId, String toolVersion, String toolTitle,
			String status, Integer casesAudited) {
	}

	/** A {@code criterion_summary} row: percentages as published (one decimal, null when nothing applies). */
	record CriterionCounts(int criterionSeq, String criterion, String title, long applicable, long met,
			long partlyMet, long notMet, BigDecimal compliancePct, BigDecimal ciLowPct, BigDecimal ciHighPct)
			implements OutcomeCounts {
	}

	/** One criterion in one audited period of the history (the run's own period included). */
	record PeriodCounts(String period, int criterionSeq, String criterion, long applicable, long met,
			long partlyMet, long notMet) implements OutcomeCounts {
	}

	record TeamCounts(String team, int criterionSeq, String criterion, long applicable, long met, long partlyMet,
			long notMet) implements OutcomeCounts {
	}

	record GradeCount(String grade, long cases) {
	}

	record TableCounts(String tableName, long files, long rowsRead, long rowsLoaded, long rowsRejected) {
	}

	/** A kind of rejection reason in the format's words (no drop value), and how many rows it rejected. */
	record ReasonCount(String tableName, String reason, long rowsRejected) {
	}
}
