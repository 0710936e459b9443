package org.safeguarding.audit.generate;

import java.time.YearMonth;

/**
 * What to generate: about {@code cases} babies in the drop for {@code period}, from the
 * partnership "world" that {@code seed} (with {@code cases}) describes, with about
 * {@code badRowRate} of the data rows bad. A drop with bad rows at all has more in October, when
 * the health-visiting system's yearly upgrade spoils some of its dates ({@link UpgradeFault}).
 */
public record GeneratorSettings(int cases, YearMonth period, long seed, double badRowRate) {

	/** The world starts on 2000-01-01 and a drop looks back about 20 months. */
	static final YearMonth EARLIEST_PERIOD = YearMonth.of(2002, 1);

	public GeneratorSettings {
		if (cases < 1) {
			throw new IllegalArgumentException("cases must be at least 1, was " + cases);
		}
		if (period == null) {
			throw new IllegalArgumentException("period is required (YYYY-MM)");
		}
		if (period.isBefore(EARLIEST_PERIOD) || period.getYear() > 9998) {
			throw new IllegalArgumentException(
					"period must be from " + EARLIEST_PERIOD + " to 9998-12, was " + period);
		}
		if (!(badRowRate >= 0 && badRowRate <= 0.5)) {
			throw new IllegalArgumentException("badRowRate must be between 0 and 0.5, was " + badRowRate);
		}
	}
}
