package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a row's rejection: which column of the format broke which rule, written
 * {@code column:rule} (several joined by {@code ;}, in column order), e.g.
 * {@code pers_dob:not_a_date}. A kind is made only of the format's own names, never of a value
 * read from the drop, so it can be shown where drop values must not be (the board pack) and
 * grouped on. Kept with each rejected row beside its reason, which does quote values.
 */
public final class RejectionKind {

	/** The rules a row can break, and how the board reads them after the column's name. */
	enum Rule {

		EMPTY("is empty"), NOT_A_DATE("is not a valid date"), NOT_A_CODE("is not one of its codes"),
		NOT_Y_OR_N("is not Y or N"), NOT_A_FACTOR_LIST("is not a list of factor codes"), BEFORE("is before "),
		REQUIRED("is empty where "), DUPLICATE("repeats an earlier row's id"),
		UNKNOWN_REFERENCE("names a row that is not loaded"), MALFORMED("is not valid CSV (a stray or unclosed quote)"),
		FIELD_COUNT("has a different number of fields from the header");

		private final String words;

		Rule(String words) {
			this.words = words;
		}

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The column of a kind that is about the whole line, not one of its values. */
	static final String LINE = "line";

	private RejectionKind() {
	}

	static String of(String column, Rule rule) {
		return column + ":" + rule.code();
	}

	/** The kind of a value that is not of its column's type. */
	static String invalidValue(Column column) {
		return of(column.name(), switch (column.kind()) {
			case DATE -> Rule.NOT_A_DATE;
			case CODE -> Rule.NOT_A_CODE;
			case YES_NO -> Rule.NOT_Y_OR_N;
			case FACTORS -> Rule.NOT_A_FACTOR_LIST;
			case TEXT -> throw new IllegalStateException("any text is valid");
		});
	}

	/**
	 * The kind in words, for the board: built from the format's names only, and any part that
	 * is not one of them (or a kind not recorded, from a load of an earlier version) shown as
	 * such, so no text from outside the format can pass through.
	 */
	public static String describe(String tableName, String kinds) {
		Optional<Table> table = Arrays.stream(Table.values()).filter(t -> t.tableName().equals(tableName)).findFirst();
		if (kinds == null || kinds.isBlank() || table.isEmpty()) {
			return "reason not classified (rejected by an earlier version)";
		}
		List<String> parts = new ArrayList<>();
		for (String kind : kinds.split(";")) {
			parts.add(describeOne(table.get(), kind));
		}
		return String.join("; ", parts);
	}

	private static String describeOne(Table table, String kind) {
		int colon = kind.indexOf(':');
		Optional<Rule> rule = (colon < 0) ? Optional.empty()
				: Arrays.stream(Rule.values()).filter(r -> r.code().equals(kind.substring(colon + 1))).findFirst();
		if (rule.isEmpty()) {
			return "another rule";
		}
		String name = kind.substring(0, colon);
		if (name.equals(LINE) && (rule.get() == Rule.MALFORMED || rule.get() == Rule.FIELD_COUNT)) {
			return "the line " + rule.get().words;
		}
		Optional<Column> column = table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
		if (column.isEmpty()) {
			return "another rule";
		}
		if (rule.get() == Rule.BEFORE) {
			return (column.get().earlierColumn() == null) ? "another rule"
					: name + " " + rule.get().words + column.get().earlierColumn();
		}
		if (rule.get() == Rule.REQUIRED) {
			return (column.get().requiredWhen() == null) ? "another rule"
					: name + " " + rule.get().words + column.get().requiredWhen().column() + " requires it";
		}
		return name + " " + rule.get().words;
	}
}
