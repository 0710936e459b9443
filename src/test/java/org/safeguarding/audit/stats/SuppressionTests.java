package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SuppressionTests {

	private final Suppression suppression = new Suppression(Suppression.DEFAULT_THRESHOLD);

	@Test
	void countsFromOneToFiveArePrimary() {
		assertThat(suppression.isPrimary(0)).isFalse();
		assertThat(suppression.isPrimary(1)).isTrue();
		assertThat(suppression.isPrimary(5)).isTrue();
		assertThat(suppression.isPrimary(6)).isFalse();
	}

	@Test
	void oneHiddenCellInARowHidesTheNextSmallestNonZeroCell() {
		// met, partly, not met, applicable: 3 is hidden, 0 stays, 10 goes with it.
		assertThat(suppression.row(3, 0, 10, 13)).containsExactly(true, false, true, false);
	}

	@Test
	void twoHiddenCellsNeedNoSecondarySuppression() {
		assertThat(suppression.row(3, 4, 100, 107)).containsExactly(true, true, false, false);
	}

	@Test
	void aSmallTotalIsHiddenWithItsOnlyComponent() {
		assertThat(suppression.row(2, 0, 0, 2)).containsExactly(true, false, false, true);
	}

	@Test
	void zerosAndLargeCountsAreShown() {
		assertThat(suppression.row(20, 0, 0, 20)).containsExactly(false, false, false, false);
		assertThat(suppression.row(0, 0, 0, 0)).containsExactly(false, false, false, false);
	}

	@Test
	void theThresholdIsConfigurable() {
		assertThat(new Suppression(10).row(8, 20, 30, 58)).containsExactly(true, true, false, false);
		assertThat(new Suppression(2).row(3, 0, 10, 13)).containsExactly(false, false, false, false);
	}

	@Test
	void thresholdZeroTurnsSuppressionOff() {
		assertThat(Suppression.off().isOn()).isFalse();
		assertThat(Suppression.off().row(3, 0, 10, 13)).containsExactly(false, false, false, false);
	}

	@Test
	void aTotalRowProtectsColumnsToo() {
		long[][] teams = { { 3, 10, 13 }, { 20, 30, 50 }, { 23, 40, 63 } };
		boolean[][] hidden = suppression.table(teams, true);
		// Team A's 3 hides its 10 (row); the met column then hides team B's 20, whose row hides 30.
		assertThat(hidden[0]).containsExactly(true, true, false);
		assertThat(hidden[1]).containsExactly(true, true, false);
		assertThat(hidden[2]).containsExactly(false, false, false);
	}

	@Test
	void aNegativeThresholdIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Suppression(-1));
	}
}
