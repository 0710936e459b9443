package org.safeguarding.audit.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import org.safeguarding.audit.audit.CriterionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A generated audit history for the report tests: monthly runs of the "Babies under one" tool
 * from 2025-10 to 2026-10 (the run under test) over five teams, with synthetic ids only
 * ({@code CASE-…}, {@code PERSON-…}, {@code EVT-…}). Outcome counts are set by simple
 * profiles so the statistics have something definite to find:
 * FATHER_IDENTIFIED rises steadily; MEN_ASSESSED is low in team West; HOUSEHOLD_VERIFIED dips
 * in 2026-06; GP_INFORMED jumps from 2026-09 to 2026-10; BRUISING_RESPONSE applies to three
 * cases a month (small numbers); the Hospital team has three cases. Decoy runs test the
 * history query: a superseded run, a SCORING run, another tool and a later period.
 */
final class AuditHistory {

	static final String TOOL = "babies-under-one";

	static final YearMonth FIRST = YearMonth.of(2025, 10);

	static final int MONTHS = 13;

	record Criterion(int seq, String code, String title, int weight) {
	}

	record Team(String name, int cases) {
	}

	/** One case × criterion, as written to case_result. */
	record Outcome(String caseId, String team, Criterion criterion, String outcome) {
	}

	static final List<Criterion> CRITERIA = List.of(new Criterion(1, "FATHER_IDENTIFIED", "Father identified", 2),
			new Criterion(2, "MEN_ASSESSED", "All men caring for the baby assessed", 2),
			new Criterion(3, "HOUSEHOLD_VERIFIED", "Household verified", 1),
			new Criterion(4, "GP_INFORMED", "GP informed", 1), new Criterion(5, "CHRONOLOGY_CURRENT", "Chronology current", 1),
			new Criterion(6, "DA_ENQUIRY_ANTENATAL", "Domestic-abuse enquiry before birth", 1),
			new Criterion(7, "DA_ENQUIRY_POSTNATAL", "Domestic-abuse enquiry after birth", 1),
			new Criterion(8, "SAFE_SLEEP", "Safe sleep advice", 1),
			new Criterion(9, "CRYING_ADVICE", "Coping-with-crying advice for every carer", 1),
			new Criterion(10, "PRE_BIRTH_ASSESSMENT", "Pre-birth assessment in good time", 1),
			new Criterion(11, "BRUISING_RESPONSE", "Response to bruising in a non-mobile baby", 3),
			new Criterion(12, "PLAN_SHARED", "Plan shared with parents and GP", 1),
			new Criterion(13, "SUPERVISION_CURRENT", "Supervision current", 1),
			new Criterion(14, "DA_RISK_ASSESSED", "Domestic-abuse risk assessed", 1),
			new Criterion(15, "RECORDS_CONTEMPORANEOUS", "Records contemporaneous", 1));

	static final List<Team> TEAMS = List.of(new Team("East", 30), new Team("Hospital", 3), new Team("North", 35),
			new Team("South", 28), new Team("West", 32));

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	long runId;

	long loadId;

	private AuditHistory(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** Inserts the history once per database; later calls find the run under test again. */
	static synchronized AuditHistory in(DataSource dataSource) {
		AuditHistory history = new AuditHistory(dataSource);
		Long existing = history.jdbc.sql("select run_id from audit_run where tool_id = ? and period = '2026-10'")
			.param(TOOL)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (existing == null) {
			history.insert();
		}
		else {
			history.runId = existing;
			history.loadId = history.jdbc.sql("select load_id from audit_run where run_id = ?").param(existing).query(Long.class).single();
		}
		return history;
	}

	static String period(int month) {
		return FIRST.plusMonths(month).toString();
	}

	private void insert() {
		for (int m = 0; m < MONTHS; m++) {
			long load = load("drop-" + period(m), "a" + m);
			long run = run(load, period(m), TOOL, m == MONTHS - 1 ? "SCORED" : "PUBLISHED", m, 0);
			write(run, OutcomeProfile.outcomes(m, false));
			if (m == MONTHS - 1) {
				runId = run;
				loadId = load;
			}
		}
		// Decoys the history must ignore: an older run of 2026-08, a run of 2026-09 still scoring,
		// another tool's 2026-09, and a later period.
		write(run(load("old-drop-2026-08", "b10"), period(10), TOOL, "SCORED", 10, -5), OutcomeProfile.outcomes(10, true));
		write(run(load("rerun-2026-09", "c11"), period(11), TOOL, "SCORING", 11, 3), OutcomeProfile.outcomes(11, true));
		write(run(load("other-2026-09", "d11"), period(11), "another-tool", "PUBLISHED", 11, 0), OutcomeProfile.outcomes(11, true));
		write(run(load("drop-2026-11", "e13"), "2026-11", TOOL, "PUBLISHED", 13, 0), OutcomeProfile.outcomes(13, true));
		ExtractRows.insert(jdbc, loadId);
	}

	private long load(String folder, String seed) {
		return jdbc.sql("""
				insert into extract_load (drop_folder, fingerprint, status, started_at, finished_at)
				values (?, ?, 'LOADED', now(), now()) returning load_id""")
			.params(folder, String.format("%64s", seed).replace(' ', '0'))
			.query(Long.class)
			.single();
	}

	private long run(long load, String period, String tool, String status, int month, int dayShift) {
		return jdbc.sql("""
				insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status,
					cases_audited, started_at, finished_at)
				values (?, ?, ?, '1', ?, 'Babies under one', ?, ?,
					timestamptz '2025-11-01 09:00Z' + make_interval(months => ?, days => ?),
					timestamptz '2025-11-01 10:00Z' + make_interval(months => ?, days => ?))
				returning run_id""")
			.params(load, period, tool, String.format("%64s", tool.length()).replace(' ', 'f'), status,
					TEAMS.stream().mapToInt(Team::cases).sum(), month, dayShift, month, dayShift)
			.query(Long.class)
			.single();
	}

	private void write(long run, List<Outcome> outcomes) {
		Connection c = DataSourceUtils.getConnection(dataSource);
		try (PreparedStatement results = c.prepareStatement("insert into case_result values (?, ?, ?, ?, ?, ?, ?)")) {
			for (Outcome o : outcomes) {
				results.setLong(1, run);
				results.setString(2, o.caseId());
				results.setString(3, o.team());
				results.setInt(4, o.criterion().seq());
				results.setString(5, o.criterion().code());
				results.setString(6, o.outcome());
				results.setString(7, "Synthetic evidence for " + o.caseId() + ": PERSON-" + o.caseId().hashCode() + " seen.");
				results.addBatch();
			}
			results.executeBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(c, dataSource);
		}
		for (Scores.CaseScore s : Scores.of(outcomes)) {
			jdbc.sql("insert into case_score values (?, ?, ?, ?, ?, ?)")
				.params(run, s.caseId(), s.team(), s.applicable(), s.score(), s.grade())
				.update();
		}
		for (Criterion criterion : CRITERIA) {
			long[] n = new long[4];
			outcomes.stream().filter(o -> o.criterion().equals(criterion)).forEach(o -> {
				switch (o.outcome()) {
					case "MET" -> n[0]++;
					case "PARTLY_MET" -> n[1]++;
					case "NOT_MET" -> n[2]++;
					default -> n[3]++;
				}
			});
			// The summary as the job stores it (the product's own CriterionSummary): an input of the
			// report tests, which check what the board shows of it against figures worked by hand.
			CriterionSummary summary = CriterionSummary.of(criterion.code(), criterion.title(), (int) n[0], (int) n[1],
					(int) n[2], 1.959964);
			jdbc.sql("insert into criterion_summary values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(run, criterion.seq(), criterion.code(), criterion.title(), summary.applicable(), n[0], n[1], n[2],
						summary.compliancePct(), summary.ciLowPct(), summary.ciHighPct())
				.update();
		}
	}

	static String caseId(String period, Team team, int i) {
		return "CASE-" + period + "-" + team.name().substring(0, 2).toUpperCase() + "-" + String.format("%02d", i);
	}
}
