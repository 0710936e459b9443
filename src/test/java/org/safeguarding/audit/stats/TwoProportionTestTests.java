package org.safeguarding.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoProportionTestTests {

	@Test
	void fortyToSixtyPercentOfAHundredIsSignificant() {
		// Pooled 0.5, s.e. = √(0.25 × 0.02) = 0.070711, z = 2.828427, p = erfc(z/√2) = 0.0046777.
		TwoProportionTest test = TwoProportionTest.of(new Tally("2026-09", 40, 100), new Tally("2026-10", 60, 100))
			.orElseThrow();
		assertThat(test.difference()).isCloseTo(0.2, within(1e-12));
		assertThat(test.z()).isCloseTo(2.828427, within(1e-6));
		assertThat(test.pValue()).isCloseTo(0.0046777, within(1e-6));
		assertThat(test.significant(0.05)).isTrue();
	}

	@Test
	void aSmallChangeInSmallNumbersIsNotSignificant() {
		TwoProportionTest test = TwoProportionTest.of(new Tally("a", 6, 10), new Tally("b", 8, 10)).orElseThrow();
		assertThat(test.significant(0.05)).isFalse();
	}

	@Test
	void noTestWithoutCasesOrWithoutVariation() {
		assertThat(TwoProportionTest.of(new Tally("a", 0, 0), new Tally("b", 8, 10))).isEmpty();
		assertThat(TwoProportionTest.of(new Tally("a", 10, 10), new Tally("b", 8, 8))).isEmpty();
	}
}
