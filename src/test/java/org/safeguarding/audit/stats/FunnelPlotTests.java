package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.stats.FunnelPlot.Position;

class FunnelPlotTests {

	// Overall 320/400 = 0.8, so σ(n) = 0.4/√n.
	private final FunnelPlot plot = FunnelPlot.of(List.of(new Tally("A", 90, 100), new Tally("B", 40, 50),
			new Tally("C", 30, 50), new Tally("D", 160, 200)));

	@Test
	void limitsAreAroundTheOverallProportion() {
		assertThat(plot.centre()).isEqualTo(0.8);
		// n = 100: σ = 0.04; 95%: ±0.078399; 99.8%: ±0.123609.
		assertThat(plot.lower(100, FunnelPlot.Z_95)).isCloseTo(0.72160144, within(1e-8));
		assertThat(plot.upper(100, FunnelPlot.Z_95)).isCloseTo(0.87839856, within(1e-8));
		assertThat(plot.upper(100, FunnelPlot.Z_998)).isCloseTo(0.92360928, within(1e-8));
		// n = 50: 0.8 − 3.090232 × 0.4/√50 = 0.625190.
		assertThat(plot.lower(50, FunnelPlot.Z_998)).isCloseTo(0.62519008, within(1e-8));
	}

	@Test
	void limitsAreClippedToOne() {
		assertThat(plot.upper(4, FunnelPlot.Z_998)).isEqualTo(1.0);
	}

	@Test
	void teamsAreClassifiedAgainstTheLimitsForTheirN() {
		assertThat(plot.units()).extracting(FunnelPlot.Unit::position)
			.containsExactly(Position.ABOVE_95, Position.WITHIN, Position.BELOW_998, Position.WITHIN);
		assertThat(plot.outliers()).extracting(u -> u.tally().label()).containsExactly("A", "C");
	}

	@Test
	void aTeamWithNothingApplicableIsNotPlaced() {
		FunnelPlot withEmpty = FunnelPlot.of(List.of(new Tally("A", 9, 10), new Tally("E", 0, 0)));
		assertThat(withEmpty.units().get(1).position()).isEqualTo(Position.NO_DATA);
		assertThat(withEmpty.outliers()).isEmpty();
	}
}
