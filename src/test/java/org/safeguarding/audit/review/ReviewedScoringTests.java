package org.safeguarding.audit.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.CaseScorer;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.audit.ScoredCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewed figures of a two-case run, worked by hand. P1 is babies-under-one.md's worked example
 * (earned 16 of 26 = 61.5, REQUIRES_IMPROVEMENT); P2 is the same but DA_ENQUIRY_POSTNATAL and
 * SUPERVISION_CURRENT are MET (16 + 2 + 2 = 20 of 26 = 76.9, REQUIRES_IMPROVEMENT). Reviews:
 * P1 HOUSEHOLD_VERIFIED MET (was NOT_MET), P2 HOUSEHOLD_VERIFIED MET (was NOT_MET), P2
 * SUPERVISION_CURRENT MET (agrees with the automated MET).
 */
class ReviewedScoringTests {

	static final List<String> WORKED_EXAMPLE = List.of("FATHER_IDENTIFIED MET", "MEN_ASSESSED MET",
			"HOUSEHOLD_VERIFIED NOT_MET", "GP_INFORMED MET", "CHRONOLOGY_CURRENT PARTLY_MET", "DA_ENQUIRY_ANTENATAL MET",
			"DA_ENQUIRY_POSTNATAL NOT_MET", "SAFE_SLEEP PARTLY_MET", "CRYING_ADVICE PARTLY_MET",
			"PRE_BIRTH_ASSESSMENT PARTLY_MET", "BRUISING_RESPONSE NOT_APPLICABLE", "PLAN_SHARED NOT_APPLICABLE",
			"SUPERVISION_CURRENT NOT_MET", "DA_RISK_ASSESSED NOT_APPLICABLE", "RECORDS_CONTEMPORANEOUS NOT_APPLICABLE");

	private final ReviewedScoring scoring = new ReviewedScoring(TestTool.BABIES_UNDER_ONE);

	private final ScoredCase p1 = automated("P1", WORKED_EXAMPLE);

	private final ScoredCase p2 = automated("P2", with(WORKED_EXAMPLE, "DA_ENQUIRY_POSTNATAL MET", "SUPERVISION_CURRENT MET"));

	private final Map<String, Map<String, Outcome>> reviews = Map.of("P1", Map.of("HOUSEHOLD_VERIFIED", Outcome.MET),
			"P2", Map.of("HOUSEHOLD_VERIFIED", Outcome.MET, "SUPERVISION_CURRENT", Outcome.MET));

	@Test
	void aReviewedCaseIsScoredWithItsReviewedOutcomes() {
		// P1: 16 + 1·2 = 18 of 26 = 69.2; P2: 20 + 2 = 22 of 26 = 84.6 -> GOOD.
		ScoredCase p1 = this.scoring.reviewed(this.p1, this.reviews.get("P1"));
		assertThat(p1.score()).hasToString("69.2");
		assertThat(p1.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(p1.outcome("HOUSEHOLD_VERIFIED").outcome()).isEqualTo(Outcome.MET);
		ScoredCase p2 = this.scoring.reviewed(this.p2, this.reviews.get("P2"));
		assertThat(p2.score()).hasToString("84.6");
		assertThat(p2.grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void figuresCountTheReviewedAndTheChangedOutcomes() {
		ReviewedFigures figures = figures();
		assertThat(figures.reviewedOutcomes()).isEqualTo(3);
		assertThat(figures.changedOutcomes()).isEqualTo(2);
		assertThat(figures.cases()).isEqualTo(2);
		assertThat(figures.runId()).isEqualTo(7);
	}

	@Test
	void gradesMoveWithTheReviewedCases() {
		ReviewedFigures figures = figures();
		assertThat(figures.automatedGrades()).containsExactly(Map.entry(Grade.GOOD, 0),
				Map.entry(Grade.REQUIRES_IMPROVEMENT, 2), Map.entry(Grade.INADEQUATE, 0));
		assertThat(figures.reviewedGrades()).containsExactly(Map.entry(Grade.GOOD, 1),
				Map.entry(Grade.REQUIRES_IMPROVEMENT, 1), Map.entry(Grade.INADEQUATE, 0));
	}

	@Test
	void criterionSummariesAreThoseOfTheReviewedOutcomes() {
		ReviewedFigures figures = figures();
		// HOUSEHOLD_VERIFIED automated: 0 of 2 met, compliance 0.0, Wilson (z = 1.959964) [0, .657619776044]
		// -> 0.0 to 65.8. Reviewed: 2 of 2, 100.0, [.342380223955, 1] -> 34.2 to 100.0.
		assertThat(summary(figures.automated(), "HOUSEHOLD_VERIFIED")).isEqualTo(
				new CriterionSummary("HOUSEHOLD_VERIFIED", "Household membership verified", 2, 0, 0, 2, pct("0.0"), pct("0.0"),
						pct("65.8")));
		assertThat(summary(figures.reviewed(), "HOUSEHOLD_VERIFIED")).isEqualTo(
				new CriterionSummary("HOUSEHOLD_VERIFIED", "Household membership verified", 2, 2, 0, 0, pct("100.0"), pct("34.2"),
						pct("100.0")));
		// SUPERVISION_CURRENT: the review agrees, 1 of 2 both ways: 50.0, [.094531204640, .905468795360].
		assertThat(summary(figures.reviewed(), "SUPERVISION_CURRENT")).isEqualTo(summary(figures.automated(),
				"SUPERVISION_CURRENT"));
		assertThat(summary(figures.reviewed(), "SUPERVISION_CURRENT").ciLowPct()).isEqualTo(pct("9.5"));
		assertThat(summary(figures.reviewed(), "SUPERVISION_CURRENT").ciHighPct()).isEqualTo(pct("90.5"));
		// BRUISING_RESPONSE applied to neither case: nothing to show.
		assertThat(summary(figures.reviewed(), "BRUISING_RESPONSE").compliancePct()).isNull();
		assertThat(figures.reviewed()).hasSize(15);
	}

	@Test
	void aReviewMakingACriterionNotApplicableLeavesItOutOfTheScore() {
		// P1 with GP_INFORMED (weight 1, MET) reviewed NOT_APPLICABLE: 16 − 2 = 14 of 26 − 2 = 24 = 58.3,
		// INADEQUATE; GP_INFORMED then applies to one case of two.
		ScoredCase p1 = this.scoring.reviewed(this.p1, Map.of("GP_INFORMED", Outcome.NOT_APPLICABLE));
		assertThat(p1.score()).hasToString("58.3");
		assertThat(p1.applicableCriteria()).isEqualTo(10);
		ReviewedFigures figures = this.scoring.figures(7, totals(), List.of(this.p1),
				Map.of("P1", Map.of("GP_INFORMED", Outcome.NOT_APPLICABLE)));
		assertThat(summary(figures.reviewed(), "GP_INFORMED").applicable()).isEqualTo(1);
		assertThat(figures.reviewedGrades().get(Grade.INADEQUATE)).isEqualTo(1);
	}

	private ReviewedFigures figures() {
		return this.scoring.figures(7, totals(), List.of(this.p1, this.p2), this.reviews);
	}

	/** The two cases' automated totals, counted by hand from the lists above. */
	private static RunTotals totals() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (int i = 0; i < WORKED_EXAMPLE.size(); i++) {
			String[] p1 = WORKED_EXAMPLE.get(i).split(" ");
			int[] c = new int[4];
			c[Outcome.valueOf(p1[1]).ordinal()] += 2;
			counts.put(p1[0], c);
		}
		// P2 differs on two criteria: NOT_MET -> MET.
		for (String criterion : List.of("DA_ENQUIRY_POSTNATAL", "SUPERVISION_CURRENT")) {
			counts.get(criterion)[Outcome.NOT_MET.ordinal()]--;
			counts.get(criterion)[Outcome.MET.ordinal()]++;
		}
		Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
		grades.put(Grade.REQUIRES_IMPROVEMENT, 2);
		return new RunTotals(2, counts, grades);
	}

	private static ScoredCase automated(String caseId, List<String> lines) {
		List<CriterionOutcome> outcomes = lines.stream()
			.map((line) -> line.split(" "))
			.map((p) -> new CriterionOutcome(p[0], Outcome.valueOf(p[1]), "evidence"))
			.toList();
		return new CaseScorer(TestTool.BABIES_UNDER_ONE).score(caseId, "North", outcomes);
	}

	private static List<String> with(List<String> lines, String... changes) {
		List<String> changed = new ArrayList<>(lines);
		for (String change : changes) {
			String criterion = change.split(" ")[0];
			changed.replaceAll((line) -> line.startsWith(criterion + " ") ? change : line);
		}
		return changed;
	}

	private static CriterionSummary summary(List<CriterionSummary> summaries, String criterion) {
		return summaries.stream().filter((s) -> s.criterion().equals(criterion)).findFirst().orElseThrow();
	}

	private static BigDecimal pct(String value) {
		return new BigDecimal(value);
	}
}
