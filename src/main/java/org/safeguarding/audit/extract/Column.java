package org.safeguarding.audit.extract;

import java.util.List;

/**
 * One column of the extract format: whether it must be there, its type, and the rules that
 * tie it to another column of the same row.
 *
 * @param codes the allowed codes (upper case) of a {@link Kind#CODE} column, else empty
 * @param defaultValue the value of an empty field, or null
 * @param earlierColumn a date column this date must not be before, or null
 * @param requiredWhen when this column's value is required although the column is {@code C}
 */
record Column(String name, Presence presence, Kind kind, List<String> codes, Object defaultValue,
		String earlierColumn, RequiredWhen requiredWhen) {

	/** R: column and value required; C: column must exist, value optional; O: column optional. */
	enum Presence {

		R, C, O

	}

	enum Kind {

		TEXT, CODE, DATE, YES_NO, FACTORS

	}

	/** The value is required when {@code column} holds one of {@code codes}. */
	record RequiredWhen(String column, List<String> codes) {
	}

	static Column text(String name, Presence presence) {
		return new Column(name, presence, Kind.TEXT, List.of(), null, null, null);
	}

	static Column date(String name, Presence presence) {
		return new Column(name, presence, Kind.DATE, List.of(), null, null, null);
	}

	static Column yesNo(String name, Presence presence) {
		return new Column(name, presence, Kind.YES_NO, List.of(), null, null, null);
	}

	static Column factors(String name, Presence presence) {
		return new Column(name, presence, Kind.FACTORS, List.of(), null, null, null);
	}

	static Column code(String name, Presence presence, String... codes) {
		return new Column(name, presence, Kind.CODE, List.of(codes), null, null, null);
	}

	Column withDefault(Object value) {
		return new Column(this.name, this.presence, this.kind, this.codes, value, this.earlierColumn,
				this.requiredWhen);
	}

	Column notBefore(String column) {
		return new Column(this.name, this.presence, this.kind, this.codes, this.defaultValue, column,
				this.requiredWhen);
	}

	Column requiredFor(String column, String... codes) {
		return new Column(this.name, this.presence, this.kind, this.codes, this.defaultValue,
				this.earlierColumn, new RequiredWhen(column, List.of(codes)));
	}

}
