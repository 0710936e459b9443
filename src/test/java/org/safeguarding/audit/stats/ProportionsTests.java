package org.safeguarding.audit.stats;

import java.math.BigDecimal;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ProportionsTests {

	private static final double Z = 1.959964;

	@Test
	void wilsonOfEightOutOfTenWorkedByHand() {
		// p = 0.8, z² = 3.841459, 1 + z²/n = 1.3841459, centre = (0.8 + 0.19207295) / 1.3841459 = 0.716740,
		// half width = z / 1.3841459 × √(0.016 + 0.00960365) = 0.226577
		Proportions.Interval ci = Proportions.wilson(8, 10, Z);
		assertThat(ci.low()).isCloseTo(0.490162, within(1e-6));
		assertThat(ci.high()).isCloseTo(0.943318, within(1e-6));
		assertThat(Proportions.percent(ci.low())).isEqualByComparingTo("49.0");
		assertThat(Proportions.percent(ci.high())).isEqualByComparingTo("94.3");
	}

	@Test
	void wilsonOfNoneOutOfFiveStartsAtZero() {
		// p = 0: centre = half width = (z²/2n) / (1 + z²/n), so the low end is 0; high = 3.841459/5 / 1.7682918
		Proportions.Interval ci = Proportions.wilson(0, 5, Z);
		assertThat(ci.low()).isZero();
		assertThat(ci.high()).isCloseTo(0.434482, within(1e-6));
		assertThat(Proportions.percent(ci.low())).hasToString("0.0");
		assertThat(Proportions.percent(ci.high())).hasToString("43.4");
	}

	@Test
	void wilsonOfFiveOutOfFiveEndsAtOne() {
		Proportions.Interval ci = Proportions.wilson(5, 5, Z);
		assertThat(ci.low()).isCloseTo(0.565518, within(1e-6));
		assertThat(ci.high()).isEqualTo(1.0);
		assertThat(Proportions.percent(ci.low())).hasToString("56.6");
		assertThat(Proportions.percent(ci.high())).hasToString("100.0");
	}

	@ParameterizedTest
	@CsvSource({ "8,10", "0,5", "5,5", "1,3", "16,26", "0,1", "1,1", "499,1000", "37,41" })
	void wilsonAgreesWithCommonsMath(int successes, int trials) {
		// Commons Math derives z from the 95% level (1.959963985); the spec's z is that to 6 decimals.
		ConfidenceInterval expected = new WilsonScoreInterval().createInterval(trials, successes, 0.95);
		Proportions.Interval ci = Proportions.wilson(successes, trials, Z);
		assertThat(ci.low()).isCloseTo(Math.max(0, expected.getLowerBound()), within(1e-7));
		assertThat(ci.high()).isCloseTo(Math.min(1, expected.getUpperBound()), within(1e-7));
	}

	@Test
	void wilsonRefusesImpossibleCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Proportions.wilson(0, 0, Z))
			.withMessageContaining("trials");
		assertThatIllegalArgumentException().isThrownBy(() -> Proportions.wilson(6, 5, Z))
			.withMessageContaining("successes");
		assertThatIllegalArgumentException().isThrownBy(() -> Proportions.wilson(1, 5, 0))
			.withMessageContaining("z");
	}

	@ParameterizedTest
	@CsvSource({ "1,8,12.5", "1,16,6.3", "3,16,18.8", "1,3,33.3", "2,3,66.7", "16,26,61.5", "0,7,0.0", "7,7,100.0",
			"1,40,2.5", "1,80,1.3", "1,200,0.5" })
	void percentRoundsExactlyHalfAwayFromZero(long part, long whole, String expected) {
		// 1/16 = 6.25% and 1/80 = 1.25% are exact ties that a double could put on either side.
		assertThat(Proportions.percent(part, whole)).hasToString(expected);
	}

	@Test
	void percentOfNothingIsNull() {
		assertThat(Proportions.percent(0, 0)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "2.25,2.3", "2.35,2.4", "-2.25,-2.3", "-0.05,-0.1", "0.04,0.0", "61.54,61.5", "61.55,61.6" })
	void roundHalfAwayFromZero(String value, String expected) {
		assertThat(Proportions.roundHalfAwayFromZero(new BigDecimal(value))).hasToString(expected);
	}

	@Test
	void roundHalfAwayFromZeroToOtherScales() {
		assertThat(Proportions.roundHalfAwayFromZero(new BigDecimal("0.125"), 2)).hasToString("0.13");
		assertThat(Proportions.roundHalfAwayFromZero(new BigDecimal("-0.5"), 0)).hasToString("-1");
	}

	@Test
	void percentOfAFractionUsesItsDecimalValue() {
		// 0.12345 as a double is 0.123449999...; read through its shortest decimal it is a tie that goes up.
		assertThat(Proportions.percent(0.12345)).hasToString("12.3");
		assertThat(Proportions.percent(0.12355)).hasToString("12.4");
		assertThat(Proportions.percent(0.0)).hasToString("0.0");
	}
}
