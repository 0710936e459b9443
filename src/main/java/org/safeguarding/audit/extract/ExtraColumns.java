package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file's columns that are not in the format, reported once per file: the first {@value #NAMED}
 * names and how many there are, so a file with 100,000 extra columns makes one short warning and
 * manifest entry, not 100,000 (each name is the drop's own text, of any length, shortened).
 */
final class ExtraColumns {

	static final int NAMED = 20;

	private ExtraColumns() {
	}

	/** The first {@value #NAMED} of a file's extra columns, as the manifest lists them; null when none. */
	static String firstNames(DropFile file) {
		List<String> ignored = file.ignoredColumns();
		return ignored.isEmpty() ? null : names(ignored, ",");
	}

	static List<String> warnings(DropFile file) {
		List<String> warnings = new ArrayList<>();
		List<String> named = file.ignoredColumns().stream().filter(name -> !name.isEmpty()).toList();
		if (named.size() == 1) {
			warnings.add(file.name() + ": column " + ColumnValues.quote(named.get(0))
					+ " is not in the format and was ignored");
		}
		else if (named.size() > 1) {
			String more = (named.size() > NAMED) ? " and " + String.format("%,d", named.size() - NAMED) + " more" : "";
			warnings.add(file.name() + ": " + String.format("%,d", named.size())
					+ " columns not in the format were ignored: " + names(named, ", ") + more);
		}
		long unnamed = file.ignoredColumns().size() - named.size();
		if (unnamed == 1) {
			warnings.add(file.name() + ": a column with no name was ignored");
		}
		else if (unnamed > 1) {
			warnings.add(file.name() + ": " + String.format("%,d", unnamed) + " columns with no name were ignored");
		}
		return warnings;
	}

	private static String names(List<String> columns, String separator) {
		return columns.stream().limit(NAMED).map(ColumnValues::quote).collect(Collectors.joining(separator));
	}
}
