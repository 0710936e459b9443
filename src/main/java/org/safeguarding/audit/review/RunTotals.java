package org.safeguarding.audit.review;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;

/**
 * A run's automated totals: its number of cases, each criterion's count of every outcome (by
 * {@link Outcome} order, in tool order), and the number of cases of each grade.
 */
record RunTotals(int cases, Map<String, int[]> outcomes, Map<Grade, Integer> grades) {

	RunTotals {
		Map<String, int[]> copy = new LinkedHashMap<>();
		outcomes.forEach((criterion, counts) -> copy.put(criterion, counts.clone()));
		outcomes = copy;
		Map<Grade, Integer> gradeCopy = new EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			gradeCopy.put(grade, grades.getOrDefault(grade, 0));
		}
		grades = gradeCopy;
	}
}
