package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.List;

/**
 * One audited case: every criterion's outcome in tool order (NOT_APPLICABLE included), the
 * number that applied, the score (one decimal) and the grade.
 * <p>
 * When no criterion applies the score is {@code null} and the grade is {@link Grade#INADEQUATE}:
 * a score that is neither ≥ 80 nor ≥ 60 falls to the spec's "else" branch, and a case on which
 * nothing at all could be evidenced is one a QA officer should look at, not one to pass.
 */
public record ScoredCase(String caseId, String team, List<CriterionOutcome> outcomes, int applicableCriteria,
		BigDecimal score, Grade grade) {

	public ScoredCase {
		outcomes = List.copyOf(outcomes);
	}

	/** The outcome of the criterion with this code. */
	public CriterionOutcome outcome(String criterion) {
		return this.outcomes.stream()
			.filter((outcome) -> outcome.criterion().equals(criterion))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no criterion " + criterion));
	}
}
