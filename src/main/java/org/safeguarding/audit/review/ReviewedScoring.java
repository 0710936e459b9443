package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.CaseScorer;
import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.audit.ScoredCase;

/**
 * Reviewed figures by the project's own scoring and summary: only reviewed cases are scored
 * again, and the run's automated totals are moved by the difference, so a period of 100,000
 * cases with fifty reviews reads fifty cases, not all of them.
 */
final class ReviewedScoring {

	private final AuditTool tool;

	private final CaseScorer scorer;

	ReviewedScoring(AuditTool tool) {
		this.tool = tool;
		this.scorer = new CaseScorer(tool);
	}

	/** The case with each reviewed outcome (by criterion) in place of its automated one, scored again. */
	ScoredCase reviewed(ScoredCase automated, Map<String, Outcome> reviews) {
		List<CriterionOutcome> outcomes = automated.outcomes()
			.stream()
			.map((o) -> reviews.containsKey(o.criterion())
					? new CriterionOutcome(o.criterion(), reviews.get(o.criterion()), o.evidence()) : o)
			.toList();
		return this.scorer.score(automated.caseId(), automated.team(), outcomes);
	}

	/**
	 * The run's figures with the reviews in place; {@code reviewedCases} are the automated cases
	 * that have reviews, {@code reviews} their reviewed outcomes by case id, then criterion.
	 */
	ReviewedFigures figures(long runId, RunTotals totals, List<ScoredCase> reviewedCases,
			Map<String, Map<String, Outcome>> reviews) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		totals.outcomes().forEach((criterion, c) -> counts.put(criterion, c.clone()));
		Map<Grade, Integer> grades = new EnumMap<>(totals.grades());
		int reviewed = 0;
		int changed = 0;
		for (ScoredCase before : reviewedCases) {
			Map<String, Outcome> caseReviews = reviews.getOrDefault(before.caseId(), Map.of());
			ScoredCase after = reviewed(before, caseReviews);
			for (int i = 0; i < before.outcomes().size(); i++) {
				CriterionOutcome was = before.outcomes().get(i);
				Outcome now = after.outcomes().get(i).outcome();
				if (caseReviews.containsKey(was.criterion())) {
					reviewed++;
				}
				if (now != was.outcome()) {
					changed++;
					int[] criterionCounts = counts.computeIfAbsent(was.criterion(), (c) -> new int[Outcome.values().length]);
					criterionCounts[was.outcome().ordinal()]--;
					criterionCounts[now.ordinal()]++;
				}
			}
			grades.merge(before.grade(), -1, Integer::sum);
			grades.merge(after.grade(), 1, Integer::sum);
		}
		return new ReviewedFigures(runId, totals.cases(), summaries(totals.outcomes()), summaries(counts),
				totals.grades(), grades, reviewed, changed);
	}

	private List<CriterionSummary> summaries(Map<String, int[]> counts) {
		List<CriterionSummary> summaries = new ArrayList<>();
		for (Criterion criterion : this.tool.criteria()) {
			int[] c = counts.getOrDefault(criterion.code(), new int[Outcome.values().length]);
			summaries.add(CriterionSummary.of(criterion.code(), criterion.title(), c[Outcome.MET.ordinal()],
					c[Outcome.PARTLY_MET.ordinal()], c[Outcome.NOT_MET.ordinal()], this.tool.z()));
		}
		return summaries;
	}
}
