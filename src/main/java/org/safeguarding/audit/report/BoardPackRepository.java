package org.safeguarding.audit.report;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.GradeCount;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.report.BoardPackData.TableCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;

/** Reads what the board pack shows about one run; the queries are in {@code sql/queries/board-*.sql}. */
class BoardPackRepository {

	static final int COMMONEST_REASONS = 10;

	private final JdbcClient jdbc;

	BoardPackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Run run(long runId) {
		return jdbc.sql(ReportFiles.query("board-run"))
			.param("runId", runId)
			.query(Run.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No audit run " + runId));
	}

	BoardPackData load(long runId) {
		return load(run(runId));
	}

	BoardPackData load(Run run) {
		long runId = run.runId();
		RejectionReasons reasons = new RejectionReasons();
		jdbc.sql(ReportFiles.query("board-rejection-reasons"))
			.param("loadId", run.loadId())
			.query(rs -> {
				reasons.add(rs.getString("table_name"), rs.getString("reason_kind"), rs.getLong("rows_rejected"));
			});
		return new BoardPackData(run, byRun("board-criteria", runId, CriterionCounts.class),
				byRun("board-history", runId, PeriodCounts.class), byRun("board-team-counts", runId, TeamCounts.class),
				byRun("board-grades", runId, GradeCount.class),
				jdbc.sql(ReportFiles.query("board-extract-files")).param("loadId", run.loadId()).query(TableCounts.class).list(),
				reasons.commonest(COMMONEST_REASONS),
				jdbc.sql(ReportFiles.query("board-warnings")).param("runId", runId).query(Integer.class).single());
	}

	private <T> List<T> byRun(String query, long runId, Class<T> type) {
		return jdbc.sql(ReportFiles.query(query)).param("runId", runId).query(type).list();
	}
}
