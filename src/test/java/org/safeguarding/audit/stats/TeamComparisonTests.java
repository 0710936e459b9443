package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeamComparisonTests {

	@Test
	void aTwoByTwoTableMatchesTheHandWorkedStatistic() {
		// Expected counts 25/15 in both rows: χ² = 1 + 1.6667 + 1 + 1.6667 = 5.3333 on 1 df,
		// p = erfc(√(χ²/2)) = 0.020921.
		TeamComparison test = TeamComparison.of(List.of(new Tally("A", 30, 40), new Tally("B", 20, 40))).orElseThrow();
		assertThat(test.statistic()).isCloseTo(16.0 / 3, within(1e-9));
		assertThat(test.degreesOfFreedom()).isEqualTo(1);
		assertThat(test.pValue()).isCloseTo(0.0209213, within(1e-6));
		assertThat(test.significant(0.05)).isTrue();
		assertThat(test.smallExpectedCounts()).isFalse();
	}

	@Test
	void identicalTeamsDoNotDiffer() {
		TeamComparison test = TeamComparison
			.of(List.of(new Tally("A", 8, 10), new Tally("B", 16, 20), new Tally("C", 24, 30)))
			.orElseThrow();
		assertThat(test.statistic()).isCloseTo(0, within(1e-12));
		assertThat(test.degreesOfFreedom()).isEqualTo(2);
		assertThat(test.pValue()).isCloseTo(1, within(1e-9));
	}

	@Test
	void smallExpectedCountsAreFlagged() {
		// Expected not-met for team A: 4 × 7 / 20 = 1.4.
		TeamComparison test = TeamComparison.of(List.of(new Tally("A", 3, 4), new Tally("B", 10, 16))).orElseThrow();
		assertThat(test.smallExpectedCounts()).isTrue();
	}

	@Test
	void teamsWithNothingApplicableAreLeftOut() {
		TeamComparison test = TeamComparison
			.of(List.of(new Tally("A", 30, 40), new Tally("B", 20, 40), new Tally("C", 0, 0)))
			.orElseThrow();
		assertThat(test.teams()).isEqualTo(2);
		assertThat(test.statistic()).isCloseTo(16.0 / 3, within(1e-9));
	}

	@Test
	void noTestWithOneTeamOrWhenEveryCaseMet() {
		assertThat(TeamComparison.of(List.of(new Tally("A", 30, 40)))).isEmpty();
		assertThat(TeamComparison.of(List.of(new Tally("A", 40, 40), new Tally("B", 10, 10)))).isEmpty();
	}
}
