package org.safeguarding.audit.extract;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Check 1 of the extract format (values, types, date order) for each record, by its file's header. */
public class RowCheckProcessor implements ItemProcessor<CsvRow, CheckedRow> {

	private final Map<String, RowChecker> checkers = new HashMap<>();

	@Override
	public CheckedRow process(CsvRow row) {
		DropFile file = row.file();
		return this.checkers
			.computeIfAbsent(file.name(), name -> new RowChecker(file.table(), name, file.header()))
			.check(row.record());
	}
}
