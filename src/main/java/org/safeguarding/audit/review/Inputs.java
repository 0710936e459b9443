package org.safeguarding.audit.review;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the fields of a form or an API body, refusing a bad value with a message naming field and value. */
final class Inputs {

	private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

	private Inputs() {
	}

	static YearMonth period(String value) {
		if (value == null || !YYYY_MM.matcher(value).matches()) {
			throw new InvalidInputException("period", "period " + quoted(value) + " is not a month (YYYY-MM)");
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("period", "period " + quoted(value) + " is not a month (YYYY-MM)");
		}
	}

	static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(required(field, value));
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException(field, field + " " + quoted(value) + " is not a date (YYYY-MM-DD)");
		}
	}

	/** One of the enum's constants by its exact name. */
	static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
		}
		String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		throw new InvalidInputException(field, field + " must be one of " + names + " (was " + quoted(value) + ")");
	}

	/** The text without surrounding white space, of {@code min} to {@code max} characters (code points). */
	static String text(String field, String value, int min, int max) {
		String text = (value == null) ? "" : value.strip();
		int length = text.codePointCount(0, text.length());
		if (length < min || length > max) {
			String range = (min == 0) ? "at most " + number(max) : number(min) + " to " + number(max);
			throw new InvalidInputException(field, field + " must be " + range + " characters (was " + number(length) + ")");
		}
		return text;
	}

	static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, field + " is required");
		}
		return value.strip();
	}

	/** A whole number from {@code min} up; {@code fallback} when the field is empty. */
	static long wholeNumber(String field, String value, long min, long fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String text = value.strip();
		if (!WHOLE_NUMBER.matcher(text).matches()) {
			throw new InvalidInputException(field, field + " must be a whole number (was " + quoted(value) + ")");
		}
		return atLeast(field, Long.parseLong(text), min);
	}

	/** A whole number from {@code min} up to {@link Integer#MAX_VALUE}; {@code fallback} when the field is empty. */
	static int wholeInt(String field, String value, int min, int fallback) {
		long number = wholeNumber(field, value, min, fallback);
		if (number > Integer.MAX_VALUE) {
			throw new InvalidInputException(field, field + " must be at most " + number(Integer.MAX_VALUE) + " (was "
					+ quoted(value) + ")");
		}
		return (int) number;
	}

	static long atLeast(String field, long value, long min) {
		if (value < min) {
			throw new InvalidInputException(field, field + " must be at least " + min + " (was " + value + ")");
		}
		return value;
	}

	static String quoted(String value) {
		return (value == null) ? "nothing" : "'" + value + "'";
	}

	/** 2000 as "2,000", as the messages write numbers. */
	static String number(long value) {
		return String.format(Locale.UK, "%,d", value);
	}
}
