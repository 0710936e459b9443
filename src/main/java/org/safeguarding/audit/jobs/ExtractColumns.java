package org.safeguarding.audit.jobs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguarding.audit.extract.DropRefusedException;
import org.safeguarding.audit.extract.RowChecker;
import org.safeguarding.audit.extract.Table;

/**
 * The extract format's columns of each table, in format order, and which of them must exist (R
 * and C) or may be left out (O). The loader's {@link RowChecker} is the one place that decides
 * which header a table's file must have, and the presence of each column is not public: it is
 * asked here rather than copied, so a change to the format cannot leave the database source with
 * a list of its own.
 */
final class ExtractColumns {

	private static final Map<Table, List<String>> COLUMNS = new EnumMap<>(Table.class);

	private static final Map<Table, Set<String>> MUST_EXIST = new EnumMap<>(Table.class);

	static {
		for (Table table : Table.values()) {
			// dbColumns() also holds what the loader derives (the parsed factor codes): the checker
			// names those as not in the format.
			List<String> derived = new RowChecker(table, table.tableName(), table.dbColumns()).ignoredColumns();
			List<String> columns = table.dbColumns().stream().filter((c) -> !derived.contains(c)).toList();
			COLUMNS.put(table, columns);
			MUST_EXIST.put(table, Set.copyOf(columns.stream().filter((c) -> refusedWithout(table, columns, c)).toList()));
		}
	}

	private ExtractColumns() {
	}

	/** The table's columns in format order. */
	static List<String> of(Table table) {
		return COLUMNS.get(table);
	}

	/** Whether a file (or a source table) of {@code table} must have {@code column}: an R or C column. */
	static boolean mustExist(Table table, String column) {
		return MUST_EXIST.get(table).contains(column);
	}

	private static boolean refusedWithout(Table table, List<String> columns, String column) {
		List<String> header = new ArrayList<>(columns);
		header.remove(column);
		try {
			new RowChecker(table, table.tableName(), header);
			return false;
		}
		catch (DropRefusedException ex) {
			return true;
		}
	}
}
