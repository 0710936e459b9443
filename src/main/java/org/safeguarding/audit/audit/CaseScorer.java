package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.safeguarding.audit.stats.Proportions;

/** Scores cases against one audit tool: every criterion's outcome, the weighted score and the grade. */
public final class CaseScorer {

	private final AuditTool tool;

	public CaseScorer(AuditTool tool) {
		this.tool = Objects.requireNonNull(tool, "tool");
	}

	public ScoredCase score(AuditCase auditCase) {
		CaseFacts facts = new CaseFacts(auditCase);
		List<CriterionOutcome> outcomes = new ArrayList<>();
		for (Criterion criterion : this.tool.criteria()) {
			outcomes.add(criterion.evaluate(facts));
		}
		return score(auditCase.caseId(), auditCase.team(), outcomes);
	}

	/**
	 * Scores outcomes already judged, one per criterion in tool order: reviewed outcomes put in
	 * place of the automated ones are scored by the same arithmetic as the automated ones.
	 */
	public ScoredCase score(String caseId, String team, List<CriterionOutcome> outcomes) {
		List<Criterion> criteria = this.tool.criteria();
		if (outcomes.size() != criteria.size()) {
			throw new IllegalArgumentException(
					"expected " + criteria.size() + " outcomes, one per criterion (was " + outcomes.size() + ")");
		}
		int applicable = 0;
		long earned = 0;
		long possible = 0;
		boolean limitingNotMet = false;
		for (int i = 0; i < criteria.size(); i++) {
			Criterion criterion = criteria.get(i);
			CriterionOutcome outcome = outcomes.get(i);
			if (!outcome.criterion().equals(criterion.code())) {
				throw new IllegalArgumentException("outcome " + (i + 1) + " is for " + outcome.criterion()
						+ ", expected " + criterion.code() + " (tool order)");
			}
			if (outcome.outcome().applicable()) {
				applicable++;
				earned += (long) criterion.weight() * outcome.outcome().points();
				possible += (long) criterion.weight() * Outcome.MET.points();
				limitingNotMet |= criterion.limiting() && outcome.outcome() == Outcome.NOT_MET;
			}
		}
		// Integer sums and one exact division: a true 61.55 must not become 61.5 through a double.
		BigDecimal score = Proportions.percent(earned, possible);
		return new ScoredCase(caseId, team, outcomes, applicable, score, grade(score, limitingNotMet));
	}

	/** The grade of the rounded score; with no score (nothing applied) the spec's "else" gives INADEQUATE. */
	Grade grade(BigDecimal score, boolean limitingNotMet) {
		if (limitingNotMet || score == null) {
			return Grade.INADEQUATE;
		}
		if (score.compareTo(this.tool.gradeGood()) >= 0) {
			return Grade.GOOD;
		}
		return (score.compareTo(this.tool.gradeRequiresImprovement()) >= 0) ? Grade.REQUIRES_IMPROVEMENT
				: Grade.INADEQUATE;
	}
}
