package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.report.BoardPackData.ReasonCount;
import org.safeguarding.audit.report.BoardPackData.TableCounts;

/**
 * Data quality: rows read, loaded and rejected per extract table, and the commonest kinds of
 * rejection reason (in the format's words, no drop value). These count records, not children,
 * so they are not suppressed.
 */
final class DataQualitySection {

	record TableRow(String table, String files, String rowsRead, String rowsLoaded, String rowsRejected,
			String rejectedShare) {
	}

	record ReasonRow(String table, String reason, String rows) {
	}

	private DataQualitySection() {
	}

	static List<TableRow> tables(List<TableCounts> tables) {
		List<TableRow> rows = new ArrayList<>();
		long[] total = new long[4];
		for (TableCounts t : tables) {
			rows.add(row(t.tableName(), t.files(), t.rowsRead(), t.rowsLoaded(), t.rowsRejected()));
			total[0] += t.files();
			total[1] += t.rowsRead();
			total[2] += t.rowsLoaded();
			total[3] += t.rowsRejected();
		}
		rows.add(row("All tables", total[0], total[1], total[2], total[3]));
		return rows;
	}

	private static TableRow row(String table, long files, long read, long loaded, long rejected) {
		return new TableRow(table, Figures.count(files, false), Figures.count(read, false), Figures.count(loaded, false),
				Figures.count(rejected, false), Figures.pct(rejected, read, false));
	}

	/**
	 * What the page says of the drop before its tables: how the counts are made, how many
	 * warnings the drop had (they are listed where case-level detail may be: the run's manifest),
	 * and, when no person was read at all, that this is why no case was audited.
	 */
	static String note(int warnings, List<TableCounts> tables) {
		StringBuilder note = new StringBuilder("Rows of the extract drop this run audited, read, loaded and rejected per "
				+ "table. These count records, not children, so they are not suppressed. Rejection reasons are grouped "
				+ "by their kind: the column and the rule it broke, never the values.");
		if (warnings > 0) {
			note.append(" The drop came with ").append(Figures.count(warnings, false))
				.append((warnings == 1) ? " warning" : " warnings")
				.append(" (files, folders or columns ignored, or a table with no rows): listed in the run's manifest.json.");
		}
		if (tables.stream().filter(t -> t.tableName().equals("ssd_person")).mapToLong(TableCounts::rowsRead).sum() == 0) {
			note.append(" No person was read from the drop (its ssd_person file has no rows), so no case could be audited.");
		}
		return note.toString();
	}

	static List<ReasonRow> reasons(List<ReasonCount> reasons) {
		return reasons.stream()
			.map(r -> new ReasonRow(r.tableName(), r.reason(), Figures.count(r.rowsRejected(), false)))
			.toList();
	}
}
