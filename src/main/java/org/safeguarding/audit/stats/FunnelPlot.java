package org.safeguarding.audit.stats;

import java.util.List;

/**
 * A funnel plot: each unit's proportion against its denominator n, with control limits
 * p̄ ± z√(p̄(1−p̄)/n) around the overall proportion p̄ = Σmet / Σn (normal approximation,
 * clipped to [0, 1]) at 95% (z = 1.959964) and 99.8% (z = 3.090232).
 */
public record FunnelPlot(double centre, List<Unit> units) {

	/** Two-sided 95%: warning limits. */
	public static final double Z_95 = 1.959964;

	/** Two-sided 99.8%: control limits. */
	public static final double Z_998 = 3.090232;

	public FunnelPlot {
		units = List.copyOf(units);
	}

	/** One unit (a team) and where it falls. */
	public record Unit(Tally tally, Position position) {
	}

	/** Where a unit falls against the limits for its n. */
	public enum Position {
		WITHIN, ABOVE_95, BELOW_95, ABOVE_998, BELOW_998, NO_DATA;

		public boolean isOutside() {
			return this != WITHIN && this != NO_DATA;
		}
	}

	public static FunnelPlot of(List<Tally> units) {
		long met = units.stream().mapToLong(Tally::met).sum();
		long n = units.stream().mapToLong(Tally::n).sum();
		double centre = n == 0 ? Double.NaN : (double) met / n;
		return new FunnelPlot(centre, units.stream().map(t -> new Unit(t, position(centre, t))).toList());
	}

	/** The lower limit at n for the given z. */
	public double lower(long n, double z) {
		return Math.max(0, centre - z * sigma(centre, n));
	}

	/** The upper limit at n for the given z. */
	public double upper(long n, double z) {
		return Math.min(1, centre + z * sigma(centre, n));
	}

	private static double sigma(double centre, long n) {
		return Math.sqrt(centre * (1 - centre) / n);
	}

	private static Position position(double centre, Tally t) {
		if (t.n() == 0 || Double.isNaN(centre)) {
			return Position.NO_DATA;
		}
		double p = t.proportion();
		double s = sigma(centre, t.n());
		if (p > Math.min(1, centre + Z_998 * s)) {
			return Position.ABOVE_998;
		}
		if (p < Math.max(0, centre - Z_998 * s)) {
			return Position.BELOW_998;
		}
		if (p > Math.min(1, centre + Z_95 * s)) {
			return Position.ABOVE_95;
		}
		if (p < Math.max(0, centre - Z_95 * s)) {
			return Position.BELOW_95;
		}
		return Position.WITHIN;
	}

	/** The units outside the 95% limits (which includes those outside 99.8%). */
	public List<Unit> outliers() {
		return units.stream().filter(u -> u.position().isOutside()).toList();
	}
}
