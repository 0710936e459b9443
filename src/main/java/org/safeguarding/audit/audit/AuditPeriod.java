package org.safeguarding.audit.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/** The calendar month a run audits: from {@code start()} (S) to the audit date (A), its last day. */
public record AuditPeriod(YearMonth month) {

	/** Whose calendar months the periods are: a partnership in England. */
	public static final ZoneId PARTNERSHIP_ZONE = ZoneId.of("Europe/London");

	private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-\\d{2}");

	public AuditPeriod {
		Objects.requireNonNull(month, "month");
	}

	/** Reads {@code YYYY-MM}, e.g. {@code 2026-10}; anything else is an IllegalArgumentException. */
	public static AuditPeriod parse(String yyyyMm) {
		if (yyyyMm == null || !YYYY_MM.matcher(yyyyMm.strip()).matches()) {
			throw new IllegalArgumentException(
					"audit period '" + yyyyMm + "' is not of the form YYYY-MM (e.g. 2026-10)");
		}
		try {
			return new AuditPeriod(YearMonth.parse(yyyyMm.strip()));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					"audit period '" + yyyyMm + "' is not a real month (expected YYYY-MM)", ex);
		}
	}

	/**
	 * This period, when it has ended by {@code today}: a month still going on (or to come) has
	 * records still to be written, and its audit would be wrong; an IllegalArgumentException.
	 */
	public AuditPeriod ended(LocalDate today) {
		if (!this.month.isBefore(YearMonth.from(today))) {
			throw new IllegalArgumentException("audit period " + this.month + " has not ended yet (today is " + today
					+ "): audit a month once it is over");
		}
		return this;
	}

	/** S: the first day of the month. */
	public LocalDate start() {
		return this.month.atDay(1);
	}

	/** A: the last day of the month; the run sees the record as it was on this day. */
	public LocalDate auditDate() {
		return this.month.atEndOfMonth();
	}

	@Override
	public String toString() {
		return this.month.toString();
	}
}
