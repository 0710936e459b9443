package org.safeguarding.audit.stats;

import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A two-sided pooled z-test for a difference between two proportions, e.g. a criterion's
 * compliance this period against the previous one: z = (p₂ − p₁) / √(p̂(1−p̂)(1/n₁ + 1/n₂)).
 */
public record TwoProportionTest(double difference, double z, double pValue) {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	/** Empty when either side has nothing applicable, or both are all met or all not met. */
	public static Optional<TwoProportionTest> of(Tally before, Tally after) {
		if (before.n() == 0 || after.n() == 0) {
			return Optional.empty();
		}
		double pooled = (double) (before.met() + after.met()) / (before.n() + after.n());
		if (pooled == 0 || pooled == 1) {
			return Optional.empty();
		}
		double difference = after.proportion() - before.proportion();
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.n() + 1.0 / after.n()));
		double z = difference / se;
		double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return Optional.of(new TwoProportionTest(difference, z, p));
	}

	public boolean significant(double alpha) {
		return pValue < alpha;
	}
}
