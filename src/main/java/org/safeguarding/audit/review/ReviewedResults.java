package org.safeguarding.audit.review;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.audit.ScoredCase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A period's figures and cases with the current reviews in place (qa-review.md "reviewed
 * figures"), read from the period's newest published run and its reviews.
 */
@Component
public class ReviewedResults {

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	private final Reviews reviews;

	ReviewedResults(JdbcClient jdbc, PeriodCases cases, Reviews reviews) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.reviews = reviews;
	}

	/**
	 * The period's automated and reviewed figures, scored by {@code tool}, which must have the
	 * run's criteria in the run's order (its weights and thresholds are the ones used).
	 */
	public ReviewedFigures figures(AuditTool tool, String period) {
		YearMonth month = Inputs.period(period);
		long run = runOf(tool, month);
		Map<String, Map<String, Outcome>> byCase = new LinkedHashMap<>();
		for (CaseReview current : this.reviews.currentReviews(tool.id(), month, null)) {
			if (inPlace(current)) {
				byCase.computeIfAbsent(current.review().caseId(), (c) -> new HashMap<>())
					.put(current.review().criterion(), current.review().reviewedOutcome());
			}
		}
		return new ReviewedScoring(tool).figures(run, totals(run, tool), automatedCases(run, byCase.keySet()), byCase);
	}

	/** One case as automated and as reviewed, with its current reviews. */
	public CaseFigures caseFigures(AuditTool tool, String period, String caseId) {
		YearMonth month = Inputs.period(period);
		return caseFigures(tool, month, runOf(tool, month), caseId);
	}

	/**
	 * The same, of a run already known to be the period's newest published one and scored on the
	 * tool's criteria (the QA pages' period has checked both), without looking them up again.
	 */
	CaseFigures caseFigures(AuditTool tool, YearMonth month, long run, String caseId) {
		this.cases.requireCase(run, month, caseId);
		List<CaseReview> current = this.reviews.currentReviews(tool.id(), month, caseId, run);
		Map<String, Outcome> reviewed = new HashMap<>();
		current.stream()
			.filter(ReviewedResults::inPlace)
			.forEach((r) -> reviewed.put(r.review().criterion(), r.review().reviewedOutcome()));
		ScoredCase automated = automatedCases(run, List.of(caseId)).get(0);
		return new CaseFigures(automated, new ReviewedScoring(tool).reviewed(automated, reviewed), current);
	}

	/**
	 * Whether the review is put in place of the newest run's outcome: not when the run no longer has
	 * the case, nor when the criterion no longer applies to it (a review never makes it apply).
	 */
	private static boolean inPlace(CaseReview review) {
		return review.automatedNow() != null && review.automatedNow().applicable();
	}

	private long runOf(AuditTool tool, YearMonth period) {
		long run = this.cases.run(tool.id(), period);
		List<String> toolCriteria = tool.criteria().stream().map(Criterion::code).toList();
		List<String> runCriteria = this.cases.criteria(run);
		if (!toolCriteria.equals(runCriteria)) {
			throw new IllegalArgumentException("run " + run + " of " + period + " was scored on criteria " + runCriteria
					+ ", the tool given has " + toolCriteria);
		}
		return run;
	}

	private RunTotals totals(long run, AuditTool tool) {
		int cases = this.jdbc.sql("select count(*) from case_score where run_id = :run")
			.param("run", run)
			.query(Integer.class)
			.single();
		Map<String, int[]> outcomes = new LinkedHashMap<>();
		this.jdbc.sql("select criterion, met, partly_met, not_met from criterion_summary where run_id = :run")
			.param("run", run)
			.query((rs) -> {
				int[] counts = new int[Outcome.values().length];
				counts[Outcome.MET.ordinal()] = rs.getInt("met");
				counts[Outcome.PARTLY_MET.ordinal()] = rs.getInt("partly_met");
				counts[Outcome.NOT_MET.ordinal()] = rs.getInt("not_met");
				counts[Outcome.NOT_APPLICABLE.ordinal()] = cases - rs.getInt("met") - rs.getInt("partly_met")
						- rs.getInt("not_met");
				outcomes.put(rs.getString("criterion"), counts);
			});
		Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
		this.jdbc.sql("select grade, count(*) as cases from case_score where run_id = :run group by grade")
			.param("run", run)
			.query((rs) -> {
				grades.put(Grade.valueOf(rs.getString("grade")), rs.getInt("cases"));
			});
		return new RunTotals(cases, outcomes, grades);
	}

	/** The run's scored cases with these ids, outcomes in tool order, in case id order. */
	private List<ScoredCase> automatedCases(long run, Collection<String> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		Map<String, List<CriterionOutcome>> outcomes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select case_id, criterion, outcome, evidence from case_result
				where run_id = :run and case_id = any(:ids) order by case_id, criterion_seq""")
			.param("run", run)
			.param("ids", caseIds.toArray(String[]::new))
			.query((rs) -> {
				outcomes.computeIfAbsent(rs.getString(1), (c) -> new ArrayList<>())
					.add(new CriterionOutcome(rs.getString(2), Outcome.valueOf(rs.getString(3)), rs.getString(4)));
			});
		return this.jdbc.sql("""
				select case_id, team, applicable_criteria, score, grade from case_score
				where run_id = :run and case_id = any(:ids) order by case_id""")
			.param("run", run)
			.param("ids", caseIds.toArray(String[]::new))
			.query((rs, i) -> new ScoredCase(rs.getString(1), rs.getString(2), outcomes.get(rs.getString(1)),
					rs.getInt(3), rs.getObject(4, BigDecimal.class), Grade.valueOf(rs.getString(5))))
			.list();
	}
}
