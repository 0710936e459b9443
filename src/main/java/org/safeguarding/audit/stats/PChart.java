package org.safeguarding.audit.stats;

import java.util.List;

/**
 * A Shewhart p-chart over periods: centre line p̄ = Σmet / Σn and, for each period's own n,
 * 3-sigma limits p̄ ± 3√(p̄(1−p̄)/n) clipped to [0, 1]. A period outside its limits shows
 * special-cause variation. Periods with n = 0 have no proportion and no limits.
 */
public record PChart(double centre, List<Point> points) {

	static final double SIGMAS = 3.0;

	public PChart {
		points = List.copyOf(points);
	}

	/** One period on the chart. */
	public record Point(Tally tally, double lower, double upper, Signal signal) {

		public double proportion() {
			return tally.proportion();
		}
	}

	/** Where a period falls against its limits. */
	public enum Signal {
		/** Within the limits: common-cause variation. */
		NONE,
		/** Above the upper limit. */
		ABOVE,
		/** Below the lower limit. */
		BELOW,
		/** Nothing applied this period. */
		NO_DATA
	}

	public static PChart of(List<Tally> periods) {
		long met = periods.stream().mapToLong(Tally::met).sum();
		long n = periods.stream().mapToLong(Tally::n).sum();
		double centre = n == 0 ? Double.NaN : (double) met / n;
		List<Point> points = periods.stream().map(t -> point(centre, t)).toList();
		return new PChart(centre, points);
	}

	private static Point point(double centre, Tally tally) {
		if (tally.n() == 0 || Double.isNaN(centre)) {
			return new Point(tally, Double.NaN, Double.NaN, Signal.NO_DATA);
		}
		double sigma = Math.sqrt(centre * (1 - centre) / tally.n());
		double lower = Math.max(0, centre - SIGMAS * sigma);
		double upper = Math.min(1, centre + SIGMAS * sigma);
		double p = tally.proportion();
		Signal signal = p > upper ? Signal.ABOVE : p < lower ? Signal.BELOW : Signal.NONE;
		return new Point(tally, lower, upper, signal);
	}

	/** The periods outside their limits. */
	public List<Point> specialCauses() {
		return points.stream().filter(p -> p.signal() == Signal.ABOVE || p.signal() == Signal.BELOW).toList();
	}
}
