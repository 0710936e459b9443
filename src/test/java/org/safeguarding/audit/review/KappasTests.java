package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.review.Kappas.RatingPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kappa against published worked examples, then edge cases worked by hand. Figures in comments
 * were worked with {@code bc -l}, never with the code under test.
 */
class KappasTests {

	/**
	 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
	 * Measurement 20(1), 37–46: the illustration of two judges and three diagnostic categories,
	 * N = 200, cell proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (here as counts of 200).
	 * The paper: p_o = .70, p_c = .41, κ = .29 / .59 = .49. Its large-sample standard error
	 * σ_κ = √(p_o(1 − p_o) / N) / (1 − p_c) is the spec's: √(.21) / (.59·√200) = .054921531342, so
	 * the 95% interval is .491525423728 ± 1.959964 × .054921531342 = [.383881199473, .599169647983].
	 */
	@Test
	void cohen1960() {
		long[][] table = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };
		Agreement.Kappa kappa = (Agreement.Kappa) Kappas.unweighted(table);
		assertThat(kappa.pairs()).isEqualTo(200);
		assertThat(kappa.observed()).isCloseTo(0.70, within(1e-12));
		assertThat(kappa.expected()).isCloseTo(0.41, within(1e-12));
		assertThat(kappa.kappa()).isCloseTo(0.491525423728, within(1e-12));
		assertThat(kappa.low()).isCloseTo(0.383881199473, within(1e-11));
		assertThat(kappa.high()).isCloseTo(0.599169647983, within(1e-11));
	}

	/**
	 * Kundel, H. L. and Polansky, M. (2003). Measurement of observer agreement. Radiology 228,
	 * 303–308, Table A1: 110 mammograms rated absent, minimal, moderate or severe by two readers
	 * (the data set {@code Mammograms} of the R package vcdExtra, whose documentation shows
	 * vcd::Kappa giving 0.3713 unweighted and 0.5964 with equal-spacing, i.e. linear, weights).
	 * By hand: p_o = 60/110, p_e = 3352/12100, κ = 3248/8748 = .371284865112; weighted (weights
	 * 3, 2, 1, 0 over 3) p_o = 273/330, p_e = 20766/36300, κ_w = 9264/15534 = .596369254538.
	 */
	@Test
	void kundelAndPolansky2003() {
		long[][] table = { { 34, 10, 2, 0 }, { 6, 8, 8, 2 }, { 2, 5, 4, 12 }, { 0, 1, 2, 14 } };
		Agreement.Kappa unweighted = (Agreement.Kappa) Kappas.unweighted(table);
		assertThat(unweighted.kappa()).isCloseTo(0.3713, within(0.00005)).isCloseTo(0.371284865112, within(1e-12));
		// The spec's interval: √(p_o(1 − p_o)) / ((1 − p_e)√110) = .065667154166; ± 1.959964 × that.
		assertThat(unweighted.low()).isCloseTo(0.242579606965, within(1e-11));
		assertThat(unweighted.high()).isCloseTo(0.499990123259, within(1e-11));
		Agreement.Kappa weighted = (Agreement.Kappa) Kappas.linearlyWeighted(table);
		assertThat(weighted.kappa()).isCloseTo(0.5964, within(0.00005)).isCloseTo(0.596369254538, within(1e-12));
		assertThat(weighted.observed()).isCloseTo(273.0 / 330, within(1e-12));
		assertThat(weighted.expected()).isCloseTo(20766.0 / 36300, within(1e-12));
	}

	@Test
	void theFourOutcomesAreTheCategoriesOfOutcomeKappa() {
		// Kundel and Polansky's table again, its four ratings as the four outcomes, from 110 pairs.
		long[][] counts = { { 34, 10, 2, 0 }, { 6, 8, 8, 2 }, { 2, 5, 4, 12 }, { 0, 1, 2, 14 } };
		List<RatingPair<Outcome>> pairs = new ArrayList<>();
		Outcome[] outcomes = Outcome.values();
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				for (long c = 0; c < counts[i][j]; c++) {
					pairs.add(new RatingPair<>(outcomes[i], outcomes[j]));
				}
			}
		}
		Agreement.Kappa kappa = (Agreement.Kappa) Kappas.unweighted(Kappas.table(Outcome.class, pairs));
		assertThat(kappa.pairs()).isEqualTo(110);
		assertThat(kappa.kappa()).isCloseTo(0.371284865112, within(1e-12));
	}

	@Test
	void perfectAgreementIsOneWithNoWidth() {
		// 10 pairs: 5 MET/MET, 5 NOT_MET/NOT_MET. p_o = 1, p_e = .5·.5 + .5·.5 = .5, κ = .5/.5 = 1;
		// √(1·0) = 0, so the interval is [1, 1].
		long[][] table = new long[4][4];
		table[0][0] = 5;
		table[2][2] = 5;
		assertThat(Kappas.unweighted(table)).isEqualTo(new Agreement.Kappa(10, 1, 1, 1, 1, 0.5));
	}

	@Test
	void completeDisagreementIsMinusOne() {
		// 10 pairs: 5 MET/NOT_MET, 5 NOT_MET/MET. p_o = 0, p_e = .5, κ = −.5/.5 = −1, interval [−1, −1].
		long[][] table = new long[4][4];
		table[0][2] = 5;
		table[2][0] = 5;
		assertThat(Kappas.unweighted(table)).isEqualTo(new Agreement.Kappa(10, -1, -1, -1, 0, 0.5));
	}

	@Test
	void oneAndTheSameOutcomeEveryTimeHasNoKappa() {
		// 12 pairs, all MET/MET: p_o = 1 and p_e = 1·1 = 1, κ = 0/0.
		long[][] table = new long[4][4];
		table[0][0] = 12;
		assertThat(Kappas.unweighted(table)).isEqualTo(new Agreement.NoVariation(12));
		assertThat(Kappas.linearlyWeighted(table)).isEqualTo(new Agreement.NoVariation(12));
	}

	@Test
	void fewerThanTenPairsAreTooFewToJudge() {
		long[][] nine = { { 5, 0, 0 }, { 0, 4, 0 }, { 0, 0, 0 } };
		assertThat(Kappas.unweighted(nine)).isEqualTo(new Agreement.TooFewToJudge(9));
		assertThat(Kappas.linearlyWeighted(nine)).isEqualTo(new Agreement.TooFewToJudge(9));
		assertThat(Kappas.unweighted(new long[4][4])).isEqualTo(new Agreement.TooFewToJudge(0));
		long[][] ten = { { 5, 0, 0 }, { 0, 4, 1 }, { 0, 0, 0 } };
		assertThat(Kappas.unweighted(ten)).isInstanceOf(Agreement.Kappa.class);
	}

	@Test
	void gradesWithLinearWeightsWorkedByHand() {
		// Rows the first auditor, columns the second, GOOD / REQUIRES_IMPROVEMENT / INADEQUATE:
		// 3 1 0 / 1 2 1 / 0 1 1, n = 10; weights 1, ½, 0.
		// p_o = (3 + 2 + 1 + ½·4) / 10 = .8; rows = columns = 4, 4, 2;
		// p_e = (16 + 16 + 4 + ½·(16 + 16 + 8 + 8)) / 100 = .6; κ_w = .2 / .4 = .5.
		// Half width 1.959964 × √(.8·.2) / (.4·√10) = 1.959964 × .316227766016 = .619795037193 (bc -l); the interval
		// [−.119795037193, 1.119795037193] is cut at 1.
		List<RatingPair<Grade>> pairs = new ArrayList<>();
		add(pairs, Grade.GOOD, Grade.GOOD, 3);
		add(pairs, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, 1);
		add(pairs, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, 1);
		add(pairs, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, 2);
		add(pairs, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE, 1);
		add(pairs, Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT, 1);
		add(pairs, Grade.INADEQUATE, Grade.INADEQUATE, 1);
		Agreement.Kappa weighted = (Agreement.Kappa) Kappas.linearlyWeighted(Kappas.table(Grade.class, pairs));
		assertThat(weighted.kappa()).isCloseTo(0.5, within(1e-12));
		assertThat(weighted.observed()).isCloseTo(0.8, within(1e-12));
		assertThat(weighted.expected()).isCloseTo(0.6, within(1e-12));
		assertThat(weighted.low()).isCloseTo(-0.119795037193, within(1e-11));
		assertThat(weighted.high()).isEqualTo(1.0);
		// Unweighted on the same table: p_o = .6, p_e = .36, κ = .24 / .64 = .375.
		Agreement.Kappa unweighted = (Agreement.Kappa) Kappas.unweighted(Kappas.table(Grade.class, pairs));
		assertThat(unweighted.kappa()).isCloseTo(0.375, within(1e-12));
	}

	private static void add(List<RatingPair<Grade>> pairs, Grade first, Grade second, int times) {
		for (int i = 0; i < times; i++) {
			pairs.add(new RatingPair<>(first, second));
		}
	}
}
