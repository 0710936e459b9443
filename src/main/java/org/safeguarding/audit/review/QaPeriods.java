package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.run.RunProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periods QA officers work on: each month's newest published audit run (of whichever tool
 * published last for the month), with the tool definition the run was scored by, read from the
 * file the run was queued with (or the configured default tool) and checked against the run's
 * SHA-256, so reviewed figures use the same weights and thresholds as the automated ones.
 */
@Component
class QaPeriods {

	private final JdbcClient jdbc;

	private final RunProperties runProperties;

	private final Map<String, AuditTool> toolsBySha = new ConcurrentHashMap<>();

	QaPeriods(JdbcClient jdbc, RunProperties runProperties) {
		this.jdbc = jdbc;
		this.runProperties = runProperties;
	}

	/** Every published period, newest first. */
	List<PeriodRow> published() {
		return this.jdbc.sql("""
				select distinct on (period) period, tool_id, tool_title, run_id, cases_audited, finished_at
				from audit_run where status = 'PUBLISHED'
				order by period desc, finished_at desc nulls last, run_id desc""")
			.query((rs, i) -> new PeriodRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getInt(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/**
	 * The period named by a page's path.
	 * @throws InvalidInputException the path's period is no month, or has no published run
	 */
	QaPeriod require(String period) {
		YearMonth month = Inputs.period(period);
		return find(month).orElseThrow(() -> new InvalidInputException("period",
				"period " + month + " has no published audit run"));
	}

	private Optional<QaPeriod> find(YearMonth month) {
		return this.jdbc.sql("""
				select a.run_id, a.tool_id, a.tool_sha256, a.load_id, a.cases_audited, a.finished_at,
				       (select r.id from run r where r.audit_run_id = a.run_id order by r.id desc limit 1) as console_run,
				       (select r.tool_file from run r where r.audit_run_id = a.run_id order by r.id desc limit 1) as tool_file
				from audit_run a
				where a.run_id = newest_published_run(
				    (select tool_id from audit_run where period = :period and status = 'PUBLISHED'
				     order by finished_at desc nulls last, run_id desc limit 1), :period)""")
			.param("period", month.toString())
			.query((rs, i) -> new QaPeriod(month, tool(rs.getString("tool_id"), rs.getString("tool_sha256").strip(),
					rs.getString("tool_file")), rs.getLong("run_id"), (Long) rs.getObject("console_run"),
					rs.getLong("load_id"), rs.getInt("cases_audited"), rs.getObject("finished_at", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * The run's tool definition: the one with the run's SHA-256 where it was read or configured;
	 * failing that (the file has been edited since, or the application upgraded with a new
	 * shipped tool) one with the same id, whose criteria {@link ReviewedResults} then checks are
	 * the run's, in the run's order, and whose weights and thresholds are used.
	 */
	private AuditTool tool(String toolId, String sha256, String toolFile) {
		return this.toolsBySha.computeIfAbsent(sha256, (sha) -> {
			List<AuditTool> found = new ArrayList<>();
			for (String location : new String[] { toolFile, this.runProperties.toolLocation() }) {
				if (location == null) {
					continue;
				}
				try {
					found.add(AuditToolLoader.loadLocation(location));
				}
				catch (RuntimeException ex) {
					// The file has moved or no longer reads: try the next place.
				}
			}
			return found.stream()
				.filter((tool) -> tool.sha256().equals(sha) && tool.id().equals(toolId))
				.findFirst()
				.or(() -> found.stream().filter((tool) -> tool.id().equals(toolId)).findFirst())
				.orElseThrow(() -> new IllegalStateException("no definition of tool '" + toolId
						+ "' is where its run read it (" + toolFile + ") nor configured"));
		});
	}

	/** One line of the list of published periods. */
	record PeriodRow(String period, String toolId, String toolTitle, long runId, int cases,
			OffsetDateTime publishedAt) {
	}
}
