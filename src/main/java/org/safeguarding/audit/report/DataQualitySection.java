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

	static List<ReasonRow> reasons(List<ReasonCount> reasons) {
		return reasons.stream()
			.map(r -> new ReasonRow(r.tableName(), r.reason(), Figures.count(r.rowsRejected(), false)))
			.toList();
	}
}
