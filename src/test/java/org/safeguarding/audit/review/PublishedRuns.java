package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.CaseScorer;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.audit.ScoredCase;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audit runs for the review tests, stored as the audit job leaves them (a load, the run, its
 * cases' outcomes, scores and criterion summaries), with synthetic ids only. Each test class
 * works under a tool id of its own, so tests sharing one database never see each other's runs.
 */
final class PublishedRuns {

	/** babies-under-one.md's worked example, in tool order: 16 of 26 = 61.5, REQUIRES_IMPROVEMENT. */
	static final List<String> WORKED_EXAMPLE = ReviewedScoringTests.WORKED_EXAMPLE;

	private final JdbcClient jdbc;

	final AuditTool tool;

	PublishedRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
		AuditTool t = TestTool.BABIES_UNDER_ONE;
		String id = "test-" + UUID.randomUUID();
		this.tool = new AuditTool(id, t.version(), t.title(), t.sha256(), t.gradeGood(), t.gradeRequiresImprovement(),
				t.ragGreen(), t.ragAmber(), t.z(), t.criteria());
	}

	/** The worked example's outcomes with some replaced, e.g. {@code "HOUSEHOLD_VERIFIED MET"}. */
	ScoredCase worked(String caseId, String team, String... changes) {
		List<CriterionOutcome> outcomes = new ArrayList<>();
		for (String line : WORKED_EXAMPLE) {
			String[] parts = line.split(" ");
			String outcome = parts[1];
			for (String change : changes) {
				if (change.startsWith(parts[0] + " ")) {
					outcome = change.split(" ")[1];
				}
			}
			outcomes.add(new CriterionOutcome(parts[0], Outcome.valueOf(outcome), "Evidence for " + caseId + "."));
		}
		return new CaseScorer(this.tool).score(caseId, team, outcomes);
	}

	/** A case of this grade: every applicable outcome MET (GOOD), the worked example (REQUIRES_IMPROVEMENT), or that with bruising not met (INADEQUATE). */
	ScoredCase graded(String caseId, String team, Grade grade) {
		return switch (grade) {
			case GOOD -> worked(caseId, team, "HOUSEHOLD_VERIFIED MET", "CHRONOLOGY_CURRENT MET", "DA_ENQUIRY_POSTNATAL MET",
					"SAFE_SLEEP MET", "CRYING_ADVICE MET", "PRE_BIRTH_ASSESSMENT MET", "SUPERVISION_CURRENT MET");
			case REQUIRES_IMPROVEMENT -> worked(caseId, team);
			case INADEQUATE -> worked(caseId, team, "BRUISING_RESPONSE NOT_MET");
		};
	}

	long publish(String period, List<ScoredCase> cases, OffsetDateTime finishedAt) {
		return store(period, cases, "PUBLISHED", finishedAt);
	}

	/**
	 * The audit run as a completed run of the engine, its load holding these persons (cases'
	 * children and related persons alike), as the extract loader leaves them.
	 */
	void persons(long auditRun, String... personIds) {
		long load = this.jdbc.sql("select load_id from audit_run where run_id = :run").param("run", auditRun)
			.query(Long.class).single();
		String period = this.jdbc.sql("select period from audit_run where run_id = :run").param("run", auditRun)
			.query(String.class).single();
		String partition = "ssd_person_load_" + load;
		this.jdbc.sql("create table if not exists " + partition + " partition of ssd_person for values in (" + load + ")")
			.update();
		this.jdbc.sql("create index if not exists " + partition + "_normalised on " + partition
				+ " (lower(regexp_replace(pers_person_id, '[^[:alnum:]]', '', 'g')))").update();
		int line = 2;
		for (String id : personIds) {
			this.jdbc.sql("""
					insert into ssd_person (load_id, pers_person_id, pers_sex, file_name, line_no, raw_line)
					values (:load, :id, 'U', 'SSD_Person.csv', :line, :id)""")
				.param("load", load).param("id", id).param("line", line++).update();
		}
		this.jdbc.sql("""
				insert into run (period, status, trigger, tool_file, out_folder, queued_at, load_id, audit_run_id)
				values (:period, 'COMPLETED', 'test', 'babies-under-one.yml', 'out', now(), :load, :run)""")
			.param("period", period).param("load", load).param("run", auditRun).update();
	}

	/** A run as the job stores it; {@code status} SCORED for a run not yet published. */
	long store(String period, List<ScoredCase> cases, String status, OffsetDateTime finishedAt) {
		long load = this.jdbc.sql("""
				insert into extract_load (drop_folder, fingerprint, status, started_at, finished_at)
				values (:folder, :fingerprint, 'LOADED', now(), now()) returning load_id""")
			.param("folder", "drop-" + period)
			.param("fingerprint", (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", ""))
			.query(Long.class)
			.single();
		long run = this.jdbc.sql("""
				insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status,
				    cases_audited, started_at, finished_at)
				values (:load, :period, :tool, '1', :sha, 'Babies under one', :status, :cases, :finished, :finished)
				returning run_id""")
			.param("load", load)
			.param("period", period)
			.param("tool", this.tool.id())
			.param("sha", this.tool.sha256())
			.param("status", status)
			.param("cases", cases.size())
			.param("finished", finishedAt)
			.query(Long.class)
			.single();
		for (ScoredCase scored : cases) {
			int seq = 1;
			for (CriterionOutcome o : scored.outcomes()) {
				this.jdbc.sql("insert into case_result values (:run, :case, :team, :seq, :criterion, :outcome, :evidence)")
					.param("run", run).param("case", scored.caseId()).param("team", scored.team()).param("seq", seq++)
					.param("criterion", o.criterion()).param("outcome", o.outcome().name()).param("evidence", o.evidence())
					.update();
			}
			this.jdbc.sql("insert into case_score values (:run, :case, :team, :applicable, :score, :grade)")
				.param("run", run).param("case", scored.caseId()).param("team", scored.team())
				.param("applicable", scored.applicableCriteria()).param("score", scored.score())
				.param("grade", scored.grade().name())
				.update();
		}
		int seq = 1;
		for (CriterionSummary s : CriterionSummary.summarise(this.tool, cases)) {
			this.jdbc.sql("""
					insert into criterion_summary values (:run, :seq, :criterion, :title, :applicable, :met, :partly,
					    :notMet, :pct, :low, :high)""")
				.param("run", run).param("seq", seq++).param("criterion", s.criterion()).param("title", s.title())
				.param("applicable", s.applicable()).param("met", s.met()).param("partly", s.partlyMet())
				.param("notMet", s.notMet()).param("pct", s.compliancePct()).param("low", s.ciLowPct())
				.param("high", s.ciHighPct())
				.update();
		}
		return run;
	}
}
