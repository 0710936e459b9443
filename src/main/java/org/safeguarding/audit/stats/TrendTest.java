package org.safeguarding.audit.stats;

import java.util.Optional;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares trend through monthly compliance: the slope (change in proportion per month)
 * (with the fitted line's intercept) and the two-sided p-value of the test that the slope is zero (SimpleRegression). x is the
 * month number, so a month with no audit leaves a gap rather than closing it up.
 */
public record TrendTest(double slopePerMonth, double intercept, double pValue, int periods) {

	/** Fewer points than this leave no degrees of freedom for a test. */
	public static final int MIN_PERIODS = 3;

	/**
	 * @param months month numbers (e.g. year × 12 + month), one per point
	 * @param proportions compliance of each month, as a proportion
	 * @return empty when there are fewer than {@link #MIN_PERIODS} points
	 */
	public static Optional<TrendTest> of(double[] months, double[] proportions) {
		if (months.length != proportions.length) {
			throw new IllegalArgumentException("months and proportions differ in length");
		}
		if (months.length < MIN_PERIODS) {
			return Optional.empty();
		}
		SimpleRegression regression = new SimpleRegression();
		for (int i = 0; i < months.length; i++) {
			regression.addData(months[i], proportions[i]);
		}
		double p = regression.getSignificance();
		// A perfectly flat series has no variance to test: no trend.
		return Optional.of(new TrendTest(regression.getSlope(), regression.getIntercept(), Double.isNaN(p) ? 1.0 : p,
				months.length));
	}

	/** The fitted proportion at a month. */
	public double fitted(double month) {
		return intercept + slopePerMonth * month;
	}

	public boolean significant(double alpha) {
		return pValue < alpha && slopePerMonth != 0;
	}
}
