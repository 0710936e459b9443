package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures are written in board outputs: hidden counts (and percentages worked from them)
 * as {@code c}, zero as 0, percentages to one decimal place rounded half away from zero.
 */
final class Figures {

	static final String SUPPRESSED = "c";

	static final String NONE = "–";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

	private Figures() {
	}

	static String count(long value, boolean hidden) {
		return hidden ? SUPPRESSED : String.format(Locale.UK, "%,d", value);
	}

	/** A published percentage, e.g. 78.2%; a dash when there is none. */
	static String pct(BigDecimal pct, boolean hidden) {
		if (hidden) {
			return SUPPRESSED;
		}
		return pct == null ? NONE : pct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** met / n as a percentage, exactly rounded as the summary is; a dash when n is 0. */
	static String pct(long met, long n, boolean hidden) {
		if (hidden) {
			return SUPPRESSED;
		}
		return n == 0 ? NONE : pct(BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP), false);
	}

	/** A proportion as a percentage, e.g. 0.7825 as 78.3%; a dash for NaN. */
	static String pct(double proportion, boolean hidden) {
		if (hidden) {
			return SUPPRESSED;
		}
		return Double.isNaN(proportion) ? NONE : pct(BigDecimal.valueOf(proportion * 100), false);
	}

	/** A 95% interval as published, e.g. 70.1–85.0%. */
	static String interval(BigDecimal low, BigDecimal high, boolean hidden) {
		if (hidden) {
			return SUPPRESSED;
		}
		if (low == null || high == null) {
			return NONE;
		}
		return low.setScale(1, RoundingMode.HALF_UP).toPlainString() + "–"
				+ high.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** Percentage points, signed, e.g. +2.1. */
	static String points(double proportionChange) {
		BigDecimal value = BigDecimal.valueOf(proportionChange * 100).setScale(1, RoundingMode.HALF_UP);
		return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + value.abs().toPlainString();
	}

	static String pValue(double p) {
		if (p < 0.001) {
			return "p < 0.001";
		}
		return "p = " + BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP).toPlainString();
	}

	/** 2026-10 as October 2026. */
	static String month(String period) {
		return YearMonth.parse(period.strip()).format(MONTH);
	}

	/** 2026-10 as Oct. */
	static String shortMonth(String period) {
		return YearMonth.parse(period.strip()).format(SHORT_MONTH);
	}

	/** A month number for regression: gaps between audited months stay gaps. */
	static int monthNumber(String period) {
		YearMonth month = YearMonth.parse(period.strip());
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}
}
