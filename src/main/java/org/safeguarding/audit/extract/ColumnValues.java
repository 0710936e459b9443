package org.safeguarding.audit.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import java.util.Set;

/** Turns one trimmed, non-empty field into its typed value, or says why it cannot. */
final class ColumnValues {

	static final int MAX_QUOTED_LENGTH = 60;

	private ColumnValues() {
	}

	/** A typed value, or the problem that kept the field from becoming one. */
	record Parsed(Object value, String problem) {

		static Parsed ok(Object value) {
			return new Parsed(value, null);
		}

		static Parsed problem(Column column, String text, String problem) {
			return new Parsed(null, column.name() + " " + quote(text) + " " + problem);
		}

	}

	static Parsed parse(Column column, String text) {
		Set<String> codes = (column.kind() == Column.Kind.CODE) ? Set.copyOf(column.codes()) : null;
		Object value = value(column, codes, text);
		return (value != INVALID) ? Parsed.ok(value) : new Parsed(null, problem(column, text));
	}

	/** What {@link #value} returns for a field that cannot become a value of its column. */
	static final Object INVALID = new Object();

	/**
	 * The typed value of a field (for {@link Column.Kind#FACTORS} the codes), or {@link #INVALID};
	 * {@code codes} is the column's codes as a set, for a {@link Column.Kind#CODE} column.
	 */
	static Object value(Column column, Set<String> codes, String text) {
		switch (column.kind()) {
			case TEXT:
				return text;
			case DATE: {
				LocalDate date = date(text);
				return (date != null) ? date : INVALID;
			}
			case CODE: {
				if (codes.contains(text)) {
					return text;
				}
				String code = text.toUpperCase(Locale.ROOT);
				return codes.contains(code) ? code : INVALID;
			}
			case YES_NO:
				return yesNo(text);
			case FACTORS: {
				String[] list = FactorList.parse(text);
				return (list != null) ? list : INVALID;
			}
			default:
				throw new IllegalStateException(column.kind().name());
		}
	}

	/** Why {@code text} is not a value of the column (when {@link #value} said it is not). */
	static String problem(Column column, String text) {
		String problem = switch (column.kind()) {
			case TEXT -> throw new IllegalStateException("any text is valid");
			case DATE -> "is not a valid date";
			case CODE -> "is not one of " + String.join(", ", column.codes());
			case YES_NO -> "is not Y or N";
			case FACTORS -> "is not a list of factor codes like [\"3A\",\"4B\"] or {\"3A\":\"Yes\",\"4B\":\"No\"}";
		};
		return column.name() + " " + quote(text) + " " + problem;
	}

	/**
	 * {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, zero-padded with a four-digit year, and a day that
	 * exists (not 31/02/2026); else null.
	 */
	static LocalDate date(String text) {
		if (text.length() != 10) {
			return null;
		}
		int year;
		int month;
		int day;
		if (text.charAt(4) == '-' && text.charAt(7) == '-') {
			year = digits(text, 0, 4);
			month = digits(text, 5, 2);
			day = digits(text, 8, 2);
		}
		else if (text.charAt(2) == '/' && text.charAt(5) == '/') {
			day = digits(text, 0, 2);
			month = digits(text, 3, 2);
			year = digits(text, 6, 4);
		}
		else {
			return null;
		}
		if (year < 0 || month < 1 || month > 12 || day < 1
				|| day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The number written by {@code count} ASCII digits from {@code from}, or -1. */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static Object yesNo(String text) {
		if (text.length() == 1) {
			char c = text.charAt(0);
			if (c == 'Y' || c == 'y') {
				return Boolean.TRUE;
			}
			if (c == 'N' || c == 'n') {
				return Boolean.FALSE;
			}
		}
		return switch (text.toUpperCase(Locale.ROOT)) {
			case "Y" -> Boolean.TRUE;
			case "N" -> Boolean.FALSE;
			default -> INVALID;
		};
	}

	/** The value in single quotes, on one line and shortened so a reason stays readable. */
	static String quote(String value) {
		String oneLine = value.replaceAll("\\R", " ");
		if (oneLine.length() > MAX_QUOTED_LENGTH) {
			oneLine = oneLine.substring(0, MAX_QUOTED_LENGTH - 3) + "...";
		}
		return "'" + oneLine + "'";
	}

}
