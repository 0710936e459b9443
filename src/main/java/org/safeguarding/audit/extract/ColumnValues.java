package org.safeguarding.audit.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns one trimmed, non-empty field into its typed value, or says why it cannot. */
final class ColumnValues {

	static final int MAX_QUOTED_LENGTH = 60;

	// The patterns pin the exact shape (zero-padded, four-digit year); the formatters then
	// refuse dates that do not exist, such as 31/02/2026.
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern UK_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

	private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter UK_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

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
		return switch (column.kind()) {
			case TEXT -> Parsed.ok(text);
			case DATE -> date(column, text);
			case CODE -> code(column, text);
			case YES_NO -> yesNo(column, text);
			case FACTORS -> factors(column, text);
		};
	}

	private static Parsed date(Column column, String text) {
		LocalDate date = null;
		try {
			if (ISO_DATE.matcher(text).matches()) {
				date = LocalDate.parse(text, ISO_FORMAT);
			}
			else if (UK_DATE.matcher(text).matches()) {
				date = LocalDate.parse(text, UK_FORMAT);
			}
		}
		catch (DateTimeException ex) {
			// not a real calendar date: reported below like any other bad date
		}
		return (date != null) ? Parsed.ok(date) : Parsed.problem(column, text, "is not a valid date");
	}

	private static Parsed code(Column column, String text) {
		String code = text.toUpperCase(Locale.ROOT);
		return column.codes().contains(code) ? Parsed.ok(code)
				: Parsed.problem(column, text, "is not one of " + String.join(", ", column.codes()));
	}

	private static Parsed yesNo(Column column, String text) {
		return switch (text.toUpperCase(Locale.ROOT)) {
			case "Y" -> Parsed.ok(true);
			case "N" -> Parsed.ok(false);
			default -> Parsed.problem(column, text, "is not Y or N");
		};
	}

	private static Parsed factors(Column column, String text) {
		String[] codes = FactorList.parse(text);
		return (codes != null) ? Parsed.ok(codes) : Parsed.problem(column, text,
				"is not a list of factor codes like [\"3A\",\"4B\"] or {\"3A\":\"Yes\",\"4B\":\"No\"}");
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
