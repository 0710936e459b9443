package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.report.AuditHistory.Outcome;

/**
 * Case scores and grades for the generated history, by the tool's rules (BRUISING_RESPONSE
 * limiting): input data of the report tests only, which no test compares the product's scoring
 * with (that is checked against cases worked by hand: WorkedExampleIntegrationTests,
 * GeneratedDropIntegrationTests).
 */
final class Scores {

	record CaseScore(String caseId, String team, int applicable, BigDecimal score, String grade) {
	}

	private Scores() {
	}

	static List<CaseScore> of(List<Outcome> outcomes) {
		Map<String, List<Outcome>> byCase = new LinkedHashMap<>();
		outcomes.forEach(o -> byCase.computeIfAbsent(o.caseId(), k -> new java.util.ArrayList<>()).add(o));
		return byCase.values().stream().map(Scores::score).toList();
	}

	private static CaseScore score(List<Outcome> outcomes) {
		int points = 0;
		int possible = 0;
		int applicable = 0;
		boolean limitingNotMet = false;
		for (Outcome o : outcomes) {
			int weight = o.criterion().weight();
			switch (o.outcome()) {
				case "MET" -> points += 2 * weight;
				case "PARTLY_MET" -> points += weight;
				case "NOT_MET" -> limitingNotMet |= o.criterion().code().equals("BRUISING_RESPONSE");
				default -> {
					continue;
				}
			}
			possible += 2 * weight;
			applicable++;
		}
		BigDecimal score = BigDecimal.valueOf(100L * points).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
		double s = score.doubleValue();
		String grade = limitingNotMet || s < 60 ? "INADEQUATE" : s >= 80 ? "GOOD" : "REQUIRES_IMPROVEMENT";
		return new CaseScore(outcomes.get(0).caseId(), outcomes.get(0).team(), applicable, score, grade);
	}
}
