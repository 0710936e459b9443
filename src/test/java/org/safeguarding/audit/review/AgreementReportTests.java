package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/**
 * Agreement over ten moderated cases of "Babies under one" in which only FATHER_IDENTIFIED
 * (weight 2) and HOUSEHOLD_VERIFIED (weight 1) apply. Worked by hand, figures with bc -l.
 *
 * <pre>
 * case                 1  2  3  4  5  6  7  8  9  10
 * FATHER first         M  M  M  M  M  N  N  N  N  N
 * FATHER second        M  M  M  M  P  N  N  N  N  M
 * FATHER automated     M  M  M  M  M  N  N  N  M  M
 * HOUSEHOLD first      M everywhere; second M everywhere; automated N everywhere
 * </pre>
 */
class AgreementReportTests {

	private final AgreementReport report = AgreementReport.of(TestTool.BABIES_UNDER_ONE, cases());

	@Test
	void perCriterionBetweenTheAuditors() {
		// FATHER_IDENTIFIED, rows first (M, P, N), columns second: M 4 1 0 / P 0 0 0 / N 1 0 4.
		// p_o = 8/10; rows 5 0 5, columns 5 1 4: p_e = (25 + 0 + 20)/100 = .45; κ = .35/.55 = .636363636363;
		// low .636363636363 − 1.959964 × √(.16)/(.55·√10) = .185603609315, high cut at 1.
		Agreement.Kappa father = (Agreement.Kappa) this.report.byCriterion().get("FATHER_IDENTIFIED");
		assertThat(father.pairs()).isEqualTo(10);
		assertThat(father.kappa()).isCloseTo(0.636363636363, within(1e-11));
		assertThat(father.low()).isCloseTo(0.185603609315, within(1e-11));
		assertThat(father.high()).isEqualTo(1.0);
		// HOUSEHOLD_VERIFIED: MET by both every time.
		assertThat(this.report.byCriterion().get("HOUSEHOLD_VERIFIED")).isEqualTo(new Agreement.NoVariation(10));
		// A criterion that applied to none of them.
		assertThat(this.report.byCriterion().get("SAFE_SLEEP")).isEqualTo(new Agreement.TooFewToJudge(0));
		assertThat(this.report.byCriterion()).hasSize(15);
		assertThat(this.report.byCriterion().keySet()).first().isEqualTo("FATHER_IDENTIFIED");
	}

	@Test
	void overallPoolsEveryCriterionsPairs() {
		// 20 pairs: MM 14, MP 1, NM 1, NN 4. p_o = 18/20 = .9; first M 15 N 5, second M 15 P 1 N 4:
		// p_e = (225 + 20)/400 = .6125; κ = .2875/.3875 = .741935483870;
		// interval .741935483870 ∓ 1.959964 × √(.09)/(.3875·√20) = [.402636433229, 1.081234534511 -> 1].
		Agreement.Kappa overall = (Agreement.Kappa) this.report.overall();
		assertThat(overall.pairs()).isEqualTo(20);
		assertThat(overall.kappa()).isCloseTo(0.741935483870, within(1e-11));
		assertThat(overall.low()).isCloseTo(0.402636433229, within(1e-11));
		assertThat(overall.high()).isEqualTo(1.0);
	}

	@Test
	void gradesAreWeightedKappaOfTheGradesEachAuditorsOutcomesGive() {
		// Father MET + household MET = 100 × 6/6 = 100 GOOD; NOT_MET + MET = 100 × 2/6 = 33.3 INADEQUATE;
		// PARTLY_MET + MET = 100 × 4/6 = 66.7 REQUIRES_IMPROVEMENT.
		// Rows first (G, RI, I), columns second: G 4 1 0 / RI 0 0 0 / I 1 0 4; weights 1, ½, 0.
		// p_o = (4 + 4 + ½·1)/10 = .85; rows 5 0 5, columns 5 1 4:
		// p_e = (25 + ½·5 + ½·5 + 20)/100 = .5; κ_w = .35/.5 = .7.
		Agreement.Kappa grades = (Agreement.Kappa) this.report.grades();
		assertThat(grades.pairs()).isEqualTo(10);
		assertThat(grades.kappa()).isCloseTo(0.7, within(1e-12));
		assertThat(grades.observed()).isCloseTo(0.85, within(1e-12));
		assertThat(grades.expected()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void firstAuditorAgainstTheAutomatedOutcome() {
		// FATHER: rows first (M, N) columns automated: M 5 0 / N 2 3. p_o = .8; rows 5 5, columns 7 3:
		// p_e = (35 + 15)/100 = .5; κ = .3/.5 = .6.
		Agreement.Kappa father = (Agreement.Kappa) this.report.firstAuditorVersusAutomated().get("FATHER_IDENTIFIED");
		assertThat(father.kappa()).isCloseTo(0.6, within(1e-12));
		// HOUSEHOLD: first MET, automated NOT_MET every time. p_o = 0, p_e = 10·0 + 0·10 = 0, κ = 0, no width.
		assertThat(this.report.firstAuditorVersusAutomated().get("HOUSEHOLD_VERIFIED"))
			.isEqualTo(new Agreement.Kappa(10, 0, 0, 0, 0, 0));
		assertThat(this.report.moderatedCases()).isEqualTo(10);
	}

	@Test
	void fewerThanTenModeratedCasesAreTooFewToJudge() {
		AgreementReport nine = AgreementReport.of(TestTool.BABIES_UNDER_ONE, cases().subList(0, 9));
		assertThat(nine.byCriterion().get("FATHER_IDENTIFIED")).isEqualTo(new Agreement.TooFewToJudge(9));
		assertThat(nine.grades()).isEqualTo(new Agreement.TooFewToJudge(9));
		// Overall pools 18 pairs: enough.
		assertThat(nine.overall()).isInstanceOf(Agreement.Kappa.class);
	}

	private static List<ModeratedCase> cases() {
		String first = "MMMMMNNNNN";
		String second = "MMMMPNNNNM";
		String automated = "MMMMMNNNMM";
		List<ModeratedCase> cases = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Map<String, Outcome> auto = new HashMap<>();
			TestTool.BABIES_UNDER_ONE.criteria().forEach((c) -> auto.put(c.code(), Outcome.NOT_APPLICABLE));
			auto.put("FATHER_IDENTIFIED", outcome(automated.charAt(i)));
			auto.put("HOUSEHOLD_VERIFIED", NOT_MET);
			cases.add(new ModeratedCase("C%03d".formatted(i + 1), "North", auto,
					Map.of("FATHER_IDENTIFIED", outcome(first.charAt(i)), "HOUSEHOLD_VERIFIED", MET),
					Map.of("FATHER_IDENTIFIED", outcome(second.charAt(i)), "HOUSEHOLD_VERIFIED", MET)));
		}
		return cases;
	}

	private static Outcome outcome(char letter) {
		return switch (letter) {
			case 'M' -> MET;
			case 'P' -> PARTLY_MET;
			default -> NOT_MET;
		};
	}
}
