package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/** One case with its score and grade, and each criterion's outcome and evidence in tool order. */
	record CaseFindings(String caseId, String team, BigDecimal score, String grade, List<String> outcomes,
			List<String> evidence) {
	}

	record RejectedRow(String fileName, int lineNo, String tableName, String recordId, String reason) {
	}

	record TeamSize(String team, long cases, long inadequate) {
	}

	List<String> criteria(long runId) {
		return jdbc.sql(ReportFiles.query("qa-criteria")).param("runId", runId).query(String.class).list();
	}

	List<TeamSize> teams(long runId) {
		return jdbc.sql(ReportFiles.query("qa-team-sizes"))
			.param("runId", runId)
			.query((rs, i) -> new TeamSize(rs.getString("team"), rs.getLong("cases"), rs.getLong("inadequate")))
			.list();
	}

	/**
	 * The next {@code cases} cases after {@code afterCaseId} ("" to start), of the given team
	 * and/or grade (null for any), each with its outcomes in the order of {@code criteria}.
	 */
	List<CaseFindings> cases(long runId, String team, String grade, String afterCaseId, int cases,
			List<String> criteria) {
		return page(jdbc.sql(ReportFiles.query("qa-case-rows"))
			.param("runId", runId)
			.param("team", team)
			.param("grade", grade)
			.param("afterCaseId", afterCaseId)
			.param("cases", cases), criteria, cases);
	}

	/**
	 * The next {@code cases} cases after ({@code afterTeam}, {@code afterCaseId}) ("" and "" to
	 * start) of every team but {@code ownSheets}, by team then case id, each with its outcomes in
	 * the order of {@code criteria}.
	 */
	List<CaseFindings> otherTeamsCases(long runId, Collection<String> ownSheets, String afterTeam,
			String afterCaseId, int cases, List<String> criteria) {
		return page(jdbc.sql(ReportFiles.query("qa-other-team-rows"))
			.param("runId", runId)
			.param("ownSheets", ownSheets)
			.param("afterTeam", afterTeam)
			.param("afterCaseId", afterCaseId)
			.param("cases", cases), criteria, cases);
	}

	/** A page of cases from rows of one case and criterion each, ordered by case then criterion. */
	private static List<CaseFindings> page(JdbcClient.StatementSpec query, List<String> criteria, int cases) {
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < criteria.size(); i++) {
			column.put(criteria.get(i), i);
		}
		List<CaseFindings> page = new ArrayList<>(cases);
		String[][] current = new String[2][];
		query.query(rs -> {
			String caseId = rs.getString("case_id");
			if (page.isEmpty() || !page.get(page.size() - 1).caseId().equals(caseId)) {
				current[0] = blanks(criteria.size());
				current[1] = blanks(criteria.size());
				page.add(new CaseFindings(caseId, rs.getString("team"), rs.getBigDecimal("score"),
						rs.getString("grade"), Arrays.asList(current[0]), Arrays.asList(current[1])));
			}
			Integer at = column.get(rs.getString("criterion"));
			if (at != null) {
				current[0][at] = rs.getString("outcome");
				current[1][at] = rs.getString("evidence");
			}
		});
		return page;
	}

	long rejectedCount(long loadId) {
		return jdbc.sql("select count(*) from rejected_row where load_id = :loadId")
			.param("loadId", loadId)
			.query(Long.class)
			.single();
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

	private static String[] blanks(int size) {
		String[] values = new String[size];
		Arrays.fill(values, "");
		return values;
	}
}
