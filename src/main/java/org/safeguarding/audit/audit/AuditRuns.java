package org.safeguarding.audit.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.safeguarding.audit.extract.Drop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of each audit run. A run is one tool definition (by hash) over one load for one
 * period; running it again replaces its results, so nothing is ever counted twice.
 */
@Component
public class AuditRuns {

	private final JdbcClient jdbc;

	public AuditRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The run's id, with any results of an earlier run of the same tool, load and period removed.
	 * While another run that is still alive ({@code runAlive}) scores the same tool, load and
	 * period, this waits for it rather than replacing its results under it. The run records the
	 * drop it was given, which may be another folder than its load's.
	 * @param owner the run (of the engine) that scores it now
	 */
	@Transactional
	public long open(long loadId, AuditPeriod period, AuditTool tool, Drop drop, long owner, LongPredicate runAlive) {
		waitForOtherOwner(loadId, period, tool, owner, runAlive);
		long runId = this.jdbc.sql("""
				insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status, started_at,
				    drop_folder, warnings, owner_run)
				values (:loadId, :period, :toolId, :version, :sha256, :title, 'SCORING', :now, :folder, :warnings, :owner)
				on conflict (load_id, period, tool_sha256) do update
				set status = 'SCORING', started_at = excluded.started_at, finished_at = null, cases_audited = null,
				    drop_folder = excluded.drop_folder, warnings = excluded.warnings, owner_run = excluded.owner_run
				returning run_id""")
			.param("loadId", loadId)
			.param("folder", drop.folder().toAbsolutePath().normalize().toString())
			.param("warnings", drop.warnings().toArray(String[]::new))
			.param("period", period.toString())
			.param("toolId", tool.id())
			.param("version", tool.version())
			.param("sha256", tool.sha256())
			.param("title", tool.title())
			.param("now", OffsetDateTime.now())
			.param("owner", owner)
			.query(Long.class)
			.single();
		// Empty partitions of the run's own for its outcomes and scores (migration V8): a re-run
		// replaces the earlier run's instead of deleting its rows one by one.
		this.jdbc.sql("select open_run_results(:runId)").param("runId", runId).query((rs, i) -> 1).list();
		this.jdbc.sql("delete from criterion_summary where run_id = :runId").param("runId", runId).update();
		return runId;
	}

	private void waitForOtherOwner(long loadId, AuditPeriod period, AuditTool tool, long owner, LongPredicate runAlive) {
		while (true) {
			Long other = this.jdbc.sql("""
					select coalesce(owner_run, 0) from audit_run where load_id = :loadId and period = :period
					and tool_sha256 = :sha256 and status = 'SCORING'""")
				.param("loadId", loadId)
				.param("period", period.toString())
				.param("sha256", tool.sha256())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (other == null || other == 0 || other == owner || !runAlive.test(other)) {
				return;
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("stopped while waiting for run " + other + " scoring the same period", ex);
			}
		}
	}

	/** Counts each criterion's outcomes over the run's cases and stores the summary with its interval. */
	@Transactional
	public List<CriterionSummary> summarise(long runId, AuditTool tool) {
		// The index publishing reads the outcomes through, and the QA pages' (cases by criterion
		// and outcome), built now they are all in, sorting in memory as the resolve step's index
		// builds do (for this transaction only). Built beside publishing on a connection of its
		// own, the second only moved its time into publishing on two cores (docs/benchmarks.md).
		this.jdbc.sql("set local maintenance_work_mem = '256MB'").update();
		this.jdbc.sql("select index_run_results(:runId)").param("runId", runId).query((rs, i) -> 1).list();
		List<OutcomeCount> counts = this.jdbc.sql("""
				select criterion, outcome, count(*) as cases from case_result
				where run_id = :runId group by criterion, outcome""")
			.param("runId", runId)
			.query(OutcomeCount.class)
			.list();
		List<CriterionSummary> summaries = new ArrayList<>();
		int seq = 1;
		for (var criterion : tool.criteria()) {
			int met = count(counts, criterion.code(), Outcome.MET);
			int partly = count(counts, criterion.code(), Outcome.PARTLY_MET);
			int notMet = count(counts, criterion.code(), Outcome.NOT_MET);
			CriterionSummary summary = CriterionSummary.of(criterion.code(), criterion.title(), met, partly, notMet,
					tool.z());
			summaries.add(summary);
			insert(runId, seq++, summary);
		}
		int cases = this.jdbc.sql("select count(*) from case_score where run_id = :runId")
			.param("runId", runId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("update audit_run set status = 'SCORED', cases_audited = :cases where run_id = :runId")
			.param("cases", cases)
			.param("runId", runId)
			.update();
		return summaries;
	}

	/** Marks the run's files as published. */
	public void published(long runId) {
		this.jdbc.sql("update audit_run set status = 'PUBLISHED', finished_at = :now where run_id = :runId")
			.param("now", OffsetDateTime.now())
			.param("runId", runId)
			.update();
	}

	private void insert(long runId, int seq, CriterionSummary s) {
		this.jdbc.sql("""
				insert into criterion_summary (run_id, criterion_seq, criterion, title, applicable, met, partly_met,
				    not_met, compliance_pct, ci_low_pct, ci_high_pct)
				values (:runId, :seq, :criterion, :title, :applicable, :met, :partly, :notMet, :pct, :low, :high)""")
			.param("runId", runId)
			.param("seq", seq)
			.param("criterion", s.criterion())
			.param("title", s.title())
			.param("applicable", s.applicable())
			.param("met", s.met())
			.param("partly", s.partlyMet())
			.param("notMet", s.notMet())
			.param("pct", s.compliancePct())
			.param("low", s.ciLowPct())
			.param("high", s.ciHighPct())
			.update();
	}

	private static int count(List<OutcomeCount> counts, String criterion, Outcome outcome) {
		return counts.stream()
			.filter(c -> c.criterion().equals(criterion) && c.outcome().equals(outcome.name()))
			.mapToInt(OutcomeCount::cases)
			.sum();
	}

	record OutcomeCount(String criterion, String outcome, int cases) {
	}
}
