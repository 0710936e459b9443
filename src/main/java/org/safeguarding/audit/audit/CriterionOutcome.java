package org.safeguarding.audit.audit;

import java.util.Objects;

/** One criterion's outcome for one case, with the evidence sentence a QA officer can check. */
public record CriterionOutcome(String criterion, Outcome outcome, String evidence) {

	public CriterionOutcome {
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(evidence, "evidence");
	}
}
