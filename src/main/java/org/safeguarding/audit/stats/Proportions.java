package org.safeguarding.audit.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages, rounding and the Wilson score interval used by scores and compliance figures. */
public final class Proportions {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Proportions() {
	}

	/**
	 * {@code 100 × part / whole} rounded to one decimal, half away from zero, computed exactly
	 * (no double, so a true .x5 never lands on the wrong side); null when {@code whole} is 0.
	 */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** A fraction in [0, 1] as a percentage with one decimal, half away from zero. */
	public static BigDecimal percent(double fraction) {
		// valueOf goes through the shortest decimal that names the double, not its binary expansion.
		return roundHalfAwayFromZero(BigDecimal.valueOf(fraction).movePointRight(2), 1);
	}

	/** Rounds to {@code scale} decimals; a tie goes away from zero (2.25 → 2.3, -2.25 → -2.3). */
	public static BigDecimal roundHalfAwayFromZero(BigDecimal value, int scale) {
		// BigDecimal's HALF_UP is "half away from zero", unlike Math.round's half towards +∞.
		return value.setScale(scale, RoundingMode.HALF_UP);
	}

	/** Rounds to one decimal place, half away from zero. */
	public static BigDecimal roundHalfAwayFromZero(BigDecimal value) {
		return roundHalfAwayFromZero(value, 1);
	}

	/**
	 * The Wilson score interval of {@code successes} out of {@code trials} for the normal quantile
	 * {@code z} (1.959964 for 95%), as fractions clamped to [0, 1].
	 */
	public static Interval wilson(long successes, long trials, double z) {
		if (trials <= 0) {
			throw new IllegalArgumentException("trials must be positive (was " + trials + ")");
		}
		if (successes < 0 || successes > trials) {
			throw new IllegalArgumentException("successes must be from 0 to " + trials + " (was " + successes + ")");
		}
		if (!(z > 0)) {
			throw new IllegalArgumentException("z must be positive (was " + z + ")");
		}
		double n = trials;
		double p = successes / n;
		double z2 = z * z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		// Mathematically 0/n starts at exactly 0 and n/n ends at exactly 1; floating error would miss by a hair.
		double low = (successes == 0) ? 0 : Math.max(0, centre - halfWidth);
		double high = (successes == trials) ? 1 : Math.min(1, centre + halfWidth);
		return new Interval(low, high);
	}

	/** A two-sided interval of a proportion, as fractions in [0, 1]. */
	public record Interval(double low, double high) {
	}
}
