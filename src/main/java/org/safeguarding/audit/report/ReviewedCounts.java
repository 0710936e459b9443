package org.safeguarding.audit.report;

import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;

/**
 * A run's figures with the QA officers' reviewed outcomes in place (qa-review.md, "reviewed
 * figures"), as the board pack needs them: each criterion's summary and the grades as reviewed,
 * every outcome a review moved (so the teams' counts move with it), and how many outcomes were
 * reviewed and changed, which the pack's cover states.
 */
public record ReviewedCounts(List<CriterionSummary> criteria, Map<Grade, Integer> grades, List<Move> moves,
		int reviewedOutcomes, int changedOutcomes) {

	public ReviewedCounts {
		criteria = List.copyOf(criteria);
		grades = Map.copyOf(grades);
		moves = List.copyOf(moves);
	}

	/** One case's outcome of a criterion, from the automated one to the reviewed one, in the case's team. */
	public record Move(String team, String criterion, Outcome automated, Outcome reviewed) {
	}

	/** What the pack's cover says of these figures. */
	String coverNote() {
		return "Reviewed figures: the QA officers' reviewed outcomes in place of the automated ones ("
				+ this.reviewedOutcomes + (this.reviewedOutcomes == 1 ? " outcome" : " outcomes") + " reviewed, "
				+ this.changedOutcomes + " changed).";
	}
}
