package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the case-level rows of the QA findings workbook a page at a time (keyset paging), so
 * a run of any size is never held in memory; queries in {@code sql/queries/qa-*.sql}. Rows are
 * mapped by hand: these are the high-volume queries, and DataClassRowMapper is ten times slower.
 */
class QaFindingsRepository {

	private final JdbcClient jdbc;

	QaFindingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One criterion outcome of one case, with the case's score and grade. */
	record CaseRow(String caseId, String team, BigDecimal score, String grade, int criterionSeq, String criterion,
			String outcome, String evidence) {
	}

	record RejectedRow(String fileName, int lineNo, String tableName, String recordId, String reason) {
	}

	List<String> teams(long runId) {
		return jdbc.sql(ReportFiles.query("qa-teams")).param("runId", runId).query(String.class).list();
	}

	/**
	 * Every outcome of the next {@code cases} cases after {@code afterCaseId} ("" to start), of
	 * the given team and/or grade (null for any).
	 */
	List<CaseRow> caseRows(long runId, String team, String grade, String afterCaseId, int cases) {
		return jdbc.sql(ReportFiles.query("qa-case-rows"))
			.param("runId", runId)
			.param("team", team)
			.param("grade", grade)
			.param("afterCaseId", afterCaseId)
			.param("cases", cases)
			.query((rs, i) -> new CaseRow(rs.getString("case_id"), rs.getString("team"), rs.getBigDecimal("score"),
					rs.getString("grade"), rs.getInt("criterion_seq"), rs.getString("criterion"), rs.getString("outcome"),
					rs.getString("evidence")))
			.list();
	}

	/** The next {@code rows} rejected rows after (afterFile, afterLine); ("", 0) to start. */
	List<RejectedRow> rejectedRows(long loadId, String afterFile, int afterLine, int rows) {
		return jdbc.sql(ReportFiles.query("qa-rejected-rows"))
			.param("loadId", loadId)
			.param("afterFile", afterFile)
			.param("afterLine", afterLine)
			.param("rows", rows)
			.query((rs, i) -> new RejectedRow(rs.getString("file_name"), rs.getInt("line_no"), rs.getString("table_name"),
					rs.getString("record_id"), rs.getString("reason")))
			.list();
	}
}
