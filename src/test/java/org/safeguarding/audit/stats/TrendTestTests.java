package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendTestTests {

	@Test
	void slopeAndPValueMatchTheHandWorkedRegression() {
		// x̄ = 3, ȳ = 0.61, Sxx = 10, Sxy = 0.55 → slope 0.055; SSE = 0.00175, s.e. = √(0.00175/3/10),
		// t = 7.2012 on 3 df, p = 2(1 − F₃(t)) = 0.0055195 (closed form of the t(3) distribution).
		TrendTest trend = TrendTest.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 0.50, 0.55, 0.60, 0.70, 0.70 })
			.orElseThrow();
		assertThat(trend.slopePerMonth()).isCloseTo(0.055, within(1e-12));
		assertThat(trend.fitted(3)).isCloseTo(0.61, within(1e-12));
		assertThat(trend.pValue()).isCloseTo(0.0055195, within(1e-6));
		assertThat(trend.significant(0.05)).isTrue();
	}

	@Test
	void aWiggleIsNotATrend() {
		TrendTest trend = TrendTest
			.of(new double[] { 1, 2, 3, 4, 5, 6 }, new double[] { 0.6, 0.7, 0.6, 0.7, 0.6, 0.7 })
			.orElseThrow();
		assertThat(trend.pValue()).isGreaterThan(0.05);
		assertThat(trend.significant(0.05)).isFalse();
	}

	@Test
	void aFlatSeriesHasNoTrend() {
		TrendTest trend = TrendTest.of(new double[] { 1, 2, 3, 4 }, new double[] { 0.8, 0.8, 0.8, 0.8 }).orElseThrow();
		assertThat(trend.slopePerMonth()).isZero();
		assertThat(trend.significant(0.05)).isFalse();
	}

	@Test
	void twoPointsAreTooFewToTest() {
		assertThat(TrendTest.of(new double[] { 1, 2 }, new double[] { 0.5, 0.9 })).isEmpty();
	}
}
