package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.stats.PChart.Signal;

class PChartTests {

	@Test
	void limitsAreThreeSigmaAroundThePooledProportion() {
		// p̄ = 125/200 = 0.625; σ(50) = √(0.625 × 0.375 / 50) = 0.068465; 3σ = 0.205396.
		PChart chart = PChart.of(List.of(new Tally("2026-01", 40, 50), new Tally("2026-02", 30, 50),
				new Tally("2026-03", 45, 50), new Tally("2026-04", 10, 50)));
		assertThat(chart.centre()).isEqualTo(0.625);
		assertThat(chart.points().get(0).lower()).isCloseTo(0.419604, within(1e-6));
		assertThat(chart.points().get(0).upper()).isCloseTo(0.830396, within(1e-6));
		assertThat(chart.points()).extracting(PChart.Point::signal)
			.containsExactly(Signal.NONE, Signal.NONE, Signal.ABOVE, Signal.BELOW);
		assertThat(chart.specialCauses()).extracting(p -> p.tally().label()).containsExactly("2026-03", "2026-04");
	}

	@Test
	void eachPeriodHasLimitsForItsOwnN() {
		// p̄ = 55/110 = 0.5; n = 10: ±3√(0.25/10) = ±0.474342; n = 100: ±3 × 0.05 = ±0.15.
		PChart chart = PChart.of(List.of(new Tally("a", 5, 10), new Tally("b", 50, 100)));
		assertThat(chart.points().get(0).lower()).isCloseTo(0.025658, within(1e-6));
		assertThat(chart.points().get(0).upper()).isCloseTo(0.974342, within(1e-6));
		assertThat(chart.points().get(1).lower()).isCloseTo(0.35, within(1e-9));
		assertThat(chart.points().get(1).upper()).isCloseTo(0.65, within(1e-9));
	}

	@Test
	void limitsAreClippedToZeroAndOne() {
		// p̄ = 36/40 = 0.9; n = 4: 0.9 ± 0.45 → [0.45, 1]; n = 36: 0.9 ± 0.15 → [0.75, 1].
		PChart chart = PChart.of(List.of(new Tally("a", 32, 36), new Tally("b", 4, 4)));
		assertThat(chart.points().get(0).upper()).isEqualTo(1.0);
		assertThat(chart.points().get(0).lower()).isCloseTo(0.75, within(1e-9));
		assertThat(chart.points().get(1).lower()).isCloseTo(0.45, within(1e-9));
		assertThat(chart.points().get(1).signal()).isEqualTo(Signal.NONE);
	}

	@Test
	void aPeriodWithNothingApplicableHasNoLimits() {
		PChart chart = PChart.of(List.of(new Tally("a", 5, 10), new Tally("b", 0, 0)));
		assertThat(chart.points().get(1).signal()).isEqualTo(Signal.NO_DATA);
		assertThat(chart.points().get(1).upper()).isNaN();
		assertThat(chart.specialCauses()).isEmpty();
	}
}
