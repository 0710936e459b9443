package org.safeguarding.audit.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;

/**
 * A run's figures as automated and as reviewed (qa-review.md: the automated outcomes with each
 * current review's outcome in its place, scored and summarised as babies-under-one.md says),
 * with the number of reviewed outcomes and of those that differ from this run's automated outcome,
 * which are shown wherever the reviewed figures are.
 */
public record ReviewedFigures(long runId, int cases, List<CriterionSummary> automated, List<CriterionSummary> reviewed,
		Map<Grade, Integer> automatedGrades, Map<Grade, Integer> reviewedGrades, int reviewedOutcomes,
		int changedOutcomes) {

	public ReviewedFigures {
		automated = List.copyOf(automated);
		reviewed = List.copyOf(reviewed);
		automatedGrades = Collections.unmodifiableMap(new EnumMap<>(automatedGrades));
		reviewedGrades = Collections.unmodifiableMap(new EnumMap<>(reviewedGrades));
	}
}
