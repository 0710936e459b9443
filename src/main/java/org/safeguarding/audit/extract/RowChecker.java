package org.safeguarding.audit.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Checks the rows of one file against the format: the header when built (refusing the drop
 * when a required column is missing or a column repeats), then each record's values (check 1
 * of extract-format.md; duplicates and references are checked later, in SQL).
 */
public final class RowChecker {

	private final Table table;

	private final String fileName;

	private final int fieldCount;

	/** For each column of the table, its field index in a record, or -1 when not in the file. */
	private final int[] positions;

	private final List<String> ignoredColumns = new ArrayList<>();

	/** Matches header names trimmed and case-insensitively, in any order. */
	public RowChecker(Table table, String fileName, List<String> header) {
		this.table = table;
		this.fileName = fileName;
		this.fieldCount = header.size();
		Map<String, Integer> indexByName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			if (!name.isEmpty() && indexByName.put(name.toLowerCase(Locale.ROOT), i) != null) {
				throw new DropRefusedException(fileName + ": column '" + name + "' appears twice in the header");
			}
		}
		List<Column> columns = table.columns();
		this.positions = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			Integer index = indexByName.remove(column.name());
			if (index == null && column.presence() == Column.Presence.R) {
				throw new DropRefusedException(fileName + ": required column '" + column.name() + "' is missing");
			}
			if (index == null && column.presence() == Column.Presence.C) {
				throw new DropRefusedException(fileName + ": column '" + column.name()
						+ "' is missing; it must be present even when its values are empty");
			}
			this.positions[i] = (index != null) ? index : -1;
		}
		for (String name : header) {
			if (name.isBlank() || indexByName.containsKey(name.strip().toLowerCase(Locale.ROOT))) {
				this.ignoredColumns.add(name.strip());
			}
		}
	}

	/** Header columns that are not in the format, as written (trimmed); "" for an unnamed one. */
	public List<String> ignoredColumns() {
		return List.copyOf(this.ignoredColumns);
	}

	/** Check 1 of the format; all problems of the row, in column order, joined with "; ". */
	public CheckedRow check(CsvRecord record) {
		String recordId = valueAt(record, this.positions[0]);
		String structure = structureProblem(record);
		if (structure != null) {
			return rejected(record, recordId, structure);
		}
		List<Column> columns = this.table.columns();
		Map<String, Object> typed = new HashMap<>();
		String[] problems = new String[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			problems[i] = readValue(columns.get(i), valueAt(record, this.positions[i]), typed);
		}
		for (int i = 0; i < columns.size(); i++) {
			if (problems[i] == null) {
				problems[i] = crossProblem(columns.get(i), typed);
			}
		}
		StringJoiner reason = new StringJoiner("; ");
		for (String problem : problems) {
			if (problem != null) {
				reason.add(problem);
			}
		}
		if (reason.length() > 0) {
			return rejected(record, recordId, reason.toString());
		}
		Object[] values = this.table.dbColumns().stream().map(typed::get).toArray();
		return new CheckedRow(this.table, this.fileName, record.line(), recordId, values, null, record.raw());
	}

	private String structureProblem(CsvRecord record) {
		if (record.malformed()) {
			return record.malformation();
		}
		int count = record.fields().size();
		if (count != this.fieldCount) {
			return "line has " + count + ((count == 1) ? " field" : " fields") + ", the header has "
					+ this.fieldCount;
		}
		return null;
	}

	/** Puts the typed value (or default) into {@code typed}; returns the problem, if any. */
	private static String readValue(Column column, String text, Map<String, Object> typed) {
		if (text == null) {
			if (column.presence() == Column.Presence.R) {
				return column.name() + " is empty";
			}
			typed.put(column.name(), column.defaultValue());
			return null;
		}
		ColumnValues.Parsed parsed = ColumnValues.parse(column, text);
		if (parsed.problem() == null) {
			boolean factors = column.kind() == Column.Kind.FACTORS;
			typed.put(column.name(), factors ? text : parsed.value());
			if (factors) {
				typed.put(Table.FACTOR_CODES_COLUMN, parsed.value());
			}
		}
		return parsed.problem();
	}

	/** Rules between columns; a value that failed its own check is absent, so its rules are skipped. */
	private static String crossProblem(Column column, Map<String, Object> typed) {
		Object value = typed.get(column.name());
		if (column.earlierColumn() != null && value instanceof LocalDate date
				&& typed.get(column.earlierColumn()) instanceof LocalDate earlier && date.isBefore(earlier)) {
			return column.name() + " " + date + " is before " + column.earlierColumn() + " " + earlier;
		}
		Column.RequiredWhen requiredWhen = column.requiredWhen();
		Object condition = (requiredWhen != null) ? typed.get(requiredWhen.column()) : null;
		if (value == null && condition != null && requiredWhen.codes().contains(condition)) {
			return column.name() + " is empty; it is required for " + condition;
		}
		return null;
	}

	private static String valueAt(CsvRecord record, int index) {
		if (index < 0 || index >= record.fields().size()) {
			return null;
		}
		String value = record.fields().get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private CheckedRow rejected(CsvRecord record, String recordId, String reason) {
		return new CheckedRow(this.table, this.fileName, record.line(), recordId, null, reason, record.raw());
	}

}
