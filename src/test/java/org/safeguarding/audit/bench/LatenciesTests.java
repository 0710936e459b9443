package org.safeguarding.audit.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentiles by nearest rank, worked by hand over ten latencies of 1 to 10 ms. */
class LatenciesTests {

	private static final long[] TEN = { 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000,
			8_000_000, 9_000_000, 10_000_000 };

	@Test
	void nearestRankOfTen() {
		// p50: rank ceil(0.5 x 10) = 5 -> 5 ms; p95: ceil(9.5) = 10 -> 10 ms; p10: rank 1 -> 1 ms.
		assertThat(Latencies.percentile(TEN, 50)).isEqualTo(5.0);
		assertThat(Latencies.percentile(TEN, 95)).isEqualTo(10.0);
		assertThat(Latencies.percentile(TEN, 10)).isEqualTo(1.0);
		assertThat(Latencies.percentile(TEN, 100)).isEqualTo(10.0);
	}

	@Test
	void nothingMeasuredIsNotANumber() {
		assertThat(Latencies.percentile(new long[0], 95)).isNaN();
	}
}
