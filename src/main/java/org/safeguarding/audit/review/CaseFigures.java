package org.safeguarding.audit.review;

import java.util.List;

import org.safeguarding.audit.audit.ScoredCase;

/** One case of a period as automated and as reviewed (its current reviews in place), with those reviews. */
public record CaseFigures(ScoredCase automated, ScoredCase reviewed, List<CaseReview> reviews) {

	public CaseFigures {
		reviews = List.copyOf(reviews);
	}
}
