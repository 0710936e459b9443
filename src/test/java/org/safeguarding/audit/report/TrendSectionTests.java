package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.report.SectionsTestData.criterion;
import static org.safeguarding.audit.report.SectionsTestData.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.TrendSection.TrendRow;
import org.safeguarding.audit.stats.Suppression;

class TrendSectionTests {

	@Test
	void aSteadyRiseIsCalledOutInWords() {
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			months.add(period("2025-%02d".formatted(m + 1).replace("2025-13", "2026-01"), "A", 40 + 4 * m, 0, 60 - 4 * m));
		}
		TrendRow row = TrendSection.of(List.of(criterion(1, "A", "Alpha", 84, 0, 16)), months, new Suppression(5)).get(0);
		assertThat(row.trend()).isEqualTo("Rising trend: about +4.0 percentage points a month over 12 months (p < 0.001).");
	}

	@Test
	void anInsignificantWiggleIsNotATrend() {
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(period("2026-%02d".formatted(m), "A", m % 2 == 0 ? 78 : 72, 0, m % 2 == 0 ? 22 : 28));
		}
		TrendRow row = TrendSection.of(List.of(criterion(1, "A", "Alpha", 78, 0, 22)), months, new Suppression(5)).get(0);
		assertThat(row.trend()).startsWith("No significant trend over 12 months (p = ");
		assertThat(row.variation()).isEqualTo("All months within the control limits.");
	}

	@Test
	void aMonthOutsideTheLimitsIsNamedAsSpecialCause() {
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(period("2026-%02d".formatted(m), "A", m == 6 ? 25 : 80, 0, m == 6 ? 75 : 20));
		}
		TrendRow row = TrendSection.of(List.of(criterion(1, "A", "Alpha", 80, 0, 20)), months, new Suppression(5)).get(0);
		assertThat(row.variation()).isEqualTo("Special-cause variation: June 2026 (below).");
	}

	@Test
	void aHiddenMonthIsNotNamedAsSpecialCause() {
		// March's 0 of 4 is below its lower limit (79.7% − 3 × 20.1% = 19.3%), but its 4 is hidden: not named.
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(period("2026-%02d".formatted(m), "A", m == 3 ? 0 : 80, 0, m == 3 ? 4 : 20));
		}
		TrendRow row = TrendSection.of(List.of(criterion(1, "A", "Alpha", 80, 0, 20)), months, new Suppression(5)).get(0);
		assertThat(row.variation()).isEqualTo("All months shown are within the control limits.");
		assertThat(row.chart().months().get(2).hidden()).isTrue();
		assertThat(row.chart().months().get(2).compliance()).isNull();
	}

	@Test
	void tooFewMonthsForATrend() {
		assertThat(TrendSection.trendText(Optional.empty(), 2, false)).isEqualTo("Too few audited months with cases for a trend (2).");
	}

	@Test
	void smallNumbersInEveryMonthShowNothingThatCouldGiveThemAway() {
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(period("2026-%02d".formatted(m), "B", 2, 0, 1));
		}
		TrendRow row = TrendSection.of(List.of(criterion(11, "B", "Bruising", 2, 0, 1)), months, new Suppression(5)).get(0);
		assertThat(row.trend()).isEqualTo(TrendSection.SMALL_NUMBERS);
		assertThat(row.variation()).isEmpty();
	}

	@Test
	void aFlatSeriesIsDescribedPlainlyUnlessAMonthIsHidden() {
		List<PeriodCounts> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(period("2026-%02d".formatted(m), "A", 80, 10, 10));
		}
		TrendRow row = TrendSection.of(List.of(criterion(1, "A", "Alpha", 80, 10, 10)), months, new Suppression(5)).get(0);
		assertThat(row.trend()).isEqualTo("No trend: the same compliance every month for 12 months.");
		assertThat(TrendSection.trendText(Optional.of(new org.safeguarding.audit.stats.TrendTest(0, 0.8, 1.0, 12)), 12, true))
			.startsWith("No significant trend over 12 months");
	}
}
