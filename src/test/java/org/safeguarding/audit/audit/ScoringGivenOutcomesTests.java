package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Scoring outcomes already judged (reviewed figures): the same arithmetic as scoring a case file. */
class ScoringGivenOutcomesTests {

	/** The worked example's outcomes of babies-under-one.md, in tool order. */
	private static final List<String> WORKED_EXAMPLE = List.of("FATHER_IDENTIFIED MET", "MEN_ASSESSED MET",
			"HOUSEHOLD_VERIFIED NOT_MET", "GP_INFORMED MET", "CHRONOLOGY_CURRENT PARTLY_MET", "DA_ENQUIRY_ANTENATAL MET",
			"DA_ENQUIRY_POSTNATAL NOT_MET", "SAFE_SLEEP PARTLY_MET", "CRYING_ADVICE PARTLY_MET",
			"PRE_BIRTH_ASSESSMENT PARTLY_MET", "BRUISING_RESPONSE NOT_APPLICABLE", "PLAN_SHARED NOT_APPLICABLE",
			"SUPERVISION_CURRENT NOT_MET", "DA_RISK_ASSESSED NOT_APPLICABLE", "RECORDS_CONTEMPORANEOUS NOT_APPLICABLE");

	@Test
	void theWorkedExamplesOutcomesScoreAsTheSpecSays() {
		ScoredCase scored = DefaultTool.SCORER.score("P1", "Unallocated", outcomes(WORKED_EXAMPLE));
		// The spec: 100 × 16 / 26 = 61.5, REQUIRES_IMPROVEMENT, 11 applicable.
		assertThat(scored.score()).hasToString("61.5");
		assertThat(scored.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(scored.applicableCriteria()).isEqualTo(11);
	}

	@Test
	void aReviewedOutcomeInPlaceChangesTheScore() {
		List<String> reviewed = new ArrayList<>(WORKED_EXAMPLE);
		reviewed.set(2, "HOUSEHOLD_VERIFIED MET");
		reviewed.set(10, "BRUISING_RESPONSE NOT_MET");
		// Household verified: +1·2 = 18; bruising applies now, weight 3 NOT_MET: 18 / (26 + 6) = 56.25 -> 56.3,
		// and the limiting criterion NOT_MET makes it INADEQUATE whatever the score.
		ScoredCase scored = DefaultTool.SCORER.score("P1", "Unallocated", outcomes(reviewed));
		assertThat(scored.score()).hasToString("56.3");
		assertThat(scored.grade()).isEqualTo(Grade.INADEQUATE);
		assertThat(scored.applicableCriteria()).isEqualTo(12);
	}

	@Test
	void outcomesOutOfToolOrderAreRefused() {
		List<String> swapped = new ArrayList<>(WORKED_EXAMPLE);
		swapped.set(0, "MEN_ASSESSED MET");
		swapped.set(1, "FATHER_IDENTIFIED MET");
		assertThatIllegalArgumentException().isThrownBy(() -> DefaultTool.SCORER.score("P1", "T", outcomes(swapped)))
			.withMessage("outcome 1 is for MEN_ASSESSED, expected FATHER_IDENTIFIED (tool order)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DefaultTool.SCORER.score("P1", "T", outcomes(WORKED_EXAMPLE.subList(0, 3))))
			.withMessage("expected 15 outcomes, one per criterion (was 3)");
	}

	private static List<CriterionOutcome> outcomes(List<String> lines) {
		return lines.stream().map((line) -> line.split(" ")).map((p) -> new CriterionOutcome(p[0], Outcome.valueOf(p[1]), ""))
			.toList();
	}
}
