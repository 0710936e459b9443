package org.safeguarding.audit.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Test helper: checks CSV text (header first) as a file of the given table would be. */
final class Rows {

	private Rows() {
	}

	static List<CheckedRow> check(Table table, String csv) {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(csv));
		RowChecker checker = new RowChecker(table, table.tableName() + ".csv", reader.next().fields());
		List<CheckedRow> rows = new ArrayList<>();
		for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
			rows.add(checker.check(record));
		}
		return rows;
	}

	/** The one data row of the text. */
	static CheckedRow one(Table table, String csv) {
		List<CheckedRow> rows = check(table, csv);
		if (rows.size() != 1) {
			throw new IllegalArgumentException("expected one data row, got " + rows.size());
		}
		return rows.get(0);
	}

	static String reason(Table table, String csv) {
		return one(table, csv).rejectReason();
	}

}
