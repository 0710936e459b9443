package org.safeguarding.audit.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

	private final Column[] columnArray;

	/** Per column: its allowed codes as a set (CODE columns), else null. */
	private final Set<String>[] codeSets;

	/** Per column: the index of the column it must not be before, or -1. */
	private final int[] earlierIndex;

	/** Per column: the index of the column whose code makes it required, or -1. */
	private final int[] requiredWhenIndex;

	/** Per column: its index in {@link Table#dbColumns()}. */
	private final int[] dbIndex;

	private final int factorCodesIndex;

	private final int dbColumnCount;

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
		this.columnArray = columns.toArray(Column[]::new);
		int count = this.columnArray.length;
		@SuppressWarnings("unchecked")
		Set<String>[] codeSets = new Set[count];
		this.codeSets = codeSets;
		this.earlierIndex = new int[count];
		this.requiredWhenIndex = new int[count];
		this.dbIndex = new int[count];
		List<String> dbColumns = table.dbColumns();
		this.dbColumnCount = dbColumns.size();
		this.factorCodesIndex = dbColumns.indexOf(Table.FACTOR_CODES_COLUMN);
		for (int i = 0; i < count; i++) {
			Column column = this.columnArray[i];
			this.codeSets[i] = (column.kind() == Column.Kind.CODE) ? Set.copyOf(column.codes()) : null;
			this.earlierIndex[i] = indexOf(columns, column.earlierColumn());
			this.requiredWhenIndex[i] = (column.requiredWhen() != null) ? indexOf(columns, column.requiredWhen().column())
					: -1;
			this.dbIndex[i] = dbColumns.indexOf(column.name());
		}
		for (String name : header) {
			if (name.isBlank() || indexByName.containsKey(name.strip().toLowerCase(Locale.ROOT))) {
				this.ignoredColumns.add(name.strip());
			}
		}
	}

	private static int indexOf(List<Column> columns, String name) {
		for (int i = 0; name != null && i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** Header columns that are not in the format, as written (trimmed); "" for an unnamed one. */
	public List<String> ignoredColumns() {
		return List.copyOf(this.ignoredColumns);
	}

	/** Check 1 of the format; all problems of the row, in column order, joined with "; ". */
	public CheckedRow check(CsvRecord record) {
		List<String> fields = record.fields();
		String recordId = valueAt(fields, this.positions[0]);
		String structure = structureProblem(record);
		if (structure != null) {
			return rejected(record, recordId, structure, RejectionKind.of(RejectionKind.LINE,
					record.malformed() ? RejectionKind.Rule.MALFORMED : RejectionKind.Rule.FIELD_COUNT));
		}
		Column[] columns = this.columnArray;
		int count = columns.length;
		// typed[i]: the value of column i (or its default); null when empty or when it failed
		Object[] typed = new Object[count];
		Object factorCodes = null;
		String[] problems = null;
		String[] kinds = null;
		for (int i = 0; i < count; i++) {
			Column column = columns[i];
			String text = (i == 0) ? recordId : valueAt(fields, this.positions[i]);
			String problem = null;
			String kind = null;
			if (text == null) {
				if (column.presence() == Column.Presence.R) {
					problem = column.name() + " is empty";
					kind = RejectionKind.of(column.name(), RejectionKind.Rule.EMPTY);
				}
				else {
					typed[i] = column.defaultValue();
				}
			}
			else {
				Object value = ColumnValues.value(column, this.codeSets[i], text);
				if (value == ColumnValues.INVALID) {
					problem = ColumnValues.problem(column, text);
					kind = RejectionKind.invalidValue(column);
				}
				else if (column.kind() == Column.Kind.FACTORS) {
					typed[i] = text;
					factorCodes = value;
				}
				else {
					typed[i] = value;
				}
			}
			if (problem != null) {
				if (problems == null) {
					problems = new String[count];
					kinds = new String[count];
				}
				problems[i] = problem;
				kinds[i] = kind;
			}
		}
		for (int i = 0; i < count; i++) {
			if (problems == null || problems[i] == null) {
				String[] cross = crossProblem(i, typed);
				if (cross != null) {
					if (problems == null) {
						problems = new String[count];
						kinds = new String[count];
					}
					problems[i] = cross[0];
					kinds[i] = cross[1];
				}
			}
		}
		if (problems != null) {
			StringJoiner reason = new StringJoiner("; ");
			StringJoiner kind = new StringJoiner(";");
			for (int i = 0; i < count; i++) {
				if (problems[i] != null) {
					reason.add(problems[i]);
					kind.add(kinds[i]);
				}
			}
			return rejected(record, recordId, reason.toString(), kind.toString());
		}
		Object[] values = new Object[this.dbColumnCount];
		for (int i = 0; i < count; i++) {
			values[this.dbIndex[i]] = typed[i];
		}
		if (this.factorCodesIndex >= 0) {
			values[this.factorCodesIndex] = factorCodes;
		}
		return new CheckedRow(this.table, this.fileName, record.line(), recordId, values, null, null, record.raw());
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

	/**
	 * Rules between columns: the problem and its kind, or null. A value that failed its own check
	 * is absent, so its rules are skipped.
	 */
	private String[] crossProblem(int i, Object[] typed) {
		Column column = this.columnArray[i];
		Object value = typed[i];
		int earlierIndex = this.earlierIndex[i];
		if (earlierIndex >= 0 && value instanceof LocalDate date && typed[earlierIndex] instanceof LocalDate earlier
				&& date.isBefore(earlier)) {
			return new String[] { column.name() + " " + date + " is before " + column.earlierColumn() + " " + earlier,
					RejectionKind.of(column.name(), RejectionKind.Rule.BEFORE) };
		}
		int conditionIndex = this.requiredWhenIndex[i];
		Object condition = (conditionIndex >= 0) ? typed[conditionIndex] : null;
		if (value == null && condition != null && column.requiredWhen().codes().contains(condition)) {
			return new String[] { column.name() + " is empty; it is required for " + condition,
					RejectionKind.of(column.name(), RejectionKind.Rule.REQUIRED) };
		}
		return null;
	}

	private static String valueAt(List<String> fields, int index) {
		if (index < 0 || index >= fields.size()) {
			return null;
		}
		String value = fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** Reported at the record's first line; a record over several lines names them all ("lines 11–12: ..."). */
	private CheckedRow rejected(CsvRecord record, String recordId, String reason, String kind) {
		String at = (record.lastLine() > record.line())
				? "lines " + record.line() + "–" + record.lastLine() + ": " + reason : reason;
		return new CheckedRow(this.table, this.fileName, record.line(), recordId, null, at, kind, record.raw());
	}

}
