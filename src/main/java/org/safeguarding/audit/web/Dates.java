package org.safeguarding.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK writes them ({@code 5 December 2026}, {@code 5 December 2026, 14:03}),
 * on UK time: used by the pages as {@code @dates}.
 */
@Component("dates")
public class Dates {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String date(OffsetDateTime time) {
		return (time != null) ? DATE.format(time.atZoneSameInstant(UK)) : "";
	}

	public String time(OffsetDateTime time) {
		return (time != null) ? DATE_TIME.format(time.atZoneSameInstant(UK)) : "";
	}

	public String time(Instant time) {
		return (time != null) ? DATE_TIME.format(time.atZone(UK)) : "";
	}

	/** A month as {@code October 2026}. */
	public static String month(java.time.YearMonth month) {
		return MONTH.format(month);
	}

	/** A period ({@code 2026-10}) as {@code October 2026}. */
	public String period(String period) {
		if (period == null || period.length() != 7 || period.charAt(4) != '-') {
			return String.valueOf(period);
		}
		try {
			return MONTH.format(java.time.YearMonth.parse(period));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return period;
		}
	}

	/** Seconds between two times as {@code 1 min 05 s} or {@code 12 s}. */
	public String duration(OffsetDateTime start, OffsetDateTime end) {
		if (start == null) {
			return "";
		}
		long seconds = java.time.Duration.between(start, (end != null) ? end : OffsetDateTime.now()).toSeconds();
		return (seconds >= 60) ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
	}
}
