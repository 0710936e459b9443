package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FiguresTests {

	@Test
	void hiddenCountsAreCAndZeroIsZero() {
		assertThat(Figures.count(3, true)).isEqualTo("c");
		assertThat(Figures.count(0, false)).isEqualTo("0");
		assertThat(Figures.count(12345, false)).isEqualTo("12,345");
	}

	@Test
	void percentagesFromCountsRoundHalfAwayFromZeroExactly() {
		// 1/8 = 12.5% exactly; 5/16 = 31.25% → 31.3% (half up); 2/3 = 66.67% → 66.7%.
		assertThat(Figures.pct(1, 8, false)).isEqualTo("12.5%");
		assertThat(Figures.pct(5, 16, false)).isEqualTo("31.3%");
		assertThat(Figures.pct(2, 3, false)).isEqualTo("66.7%");
		assertThat(Figures.pct(0, 0, false)).isEqualTo(Figures.NONE);
		assertThat(Figures.pct(2, 3, true)).isEqualTo("c");
	}

	@Test
	void publishedPercentagesAndIntervals() {
		assertThat(Figures.pct(new BigDecimal("78.2"), false)).isEqualTo("78.2%");
		assertThat(Figures.pct((BigDecimal) null, false)).isEqualTo(Figures.NONE);
		assertThat(Figures.interval(new BigDecimal("70.1"), new BigDecimal("85.0"), false)).isEqualTo("70.1–85.0%");
		assertThat(Figures.interval(new BigDecimal("70.1"), new BigDecimal("85.0"), true)).isEqualTo("c");
	}

	@Test
	void pValuesAndPoints() {
		assertThat(Figures.pValue(0.0004)).isEqualTo("p < 0.001");
		assertThat(Figures.pValue(0.04149)).isEqualTo("p = 0.041");
		assertThat(Figures.points(0.0412)).isEqualTo("+4.1");
		assertThat(Figures.points(-0.0125)).isEqualTo("−1.3");
	}

	@Test
	void monthsAreNamedAndNumberedWithGaps() {
		assertThat(Figures.month("2026-10")).isEqualTo("October 2026");
		assertThat(Figures.monthNumber("2026-01") - Figures.monthNumber("2025-12")).isEqualTo(1);
		assertThat(Figures.monthNumber("2026-03") - Figures.monthNumber("2025-12")).isEqualTo(3);
	}
}
