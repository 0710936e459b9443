package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.safeguarding.audit.store.PgCopy;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a chunk of checked rows with COPY: rows that passed check 1 into their extract table,
 * rejected ones into the quarantine. Every row is counted as read against its file in the same
 * transaction, so the counts can later prove that nothing was lost.
 */
public class ExtractTableWriter implements ItemWriter<CheckedRow> {

	private static final List<String> REJECTED_COLUMNS = List.of("load_id", "file_name", "line_no", "table_name",
			"record_id", "reason", "raw_line");

	private final long loadId;

	private final PgCopy copy;

	private final JdbcClient jdbc;

	public ExtractTableWriter(long loadId, PgCopy copy, JdbcClient jdbc) {
		this.loadId = loadId;
		this.copy = copy;
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends CheckedRow> chunk) {
		Map<Table, List<Object[]>> accepted = new EnumMap<>(Table.class);
		List<Object[]> rejected = new ArrayList<>();
		Map<String, Integer> readPerFile = new TreeMap<>();
		for (CheckedRow row : chunk) {
			readPerFile.merge(row.fileName(), 1, Integer::sum);
			if (row.rejected()) {
				rejected.add(new Object[] { this.loadId, row.fileName(), row.line(), row.table().tableName(),
						row.recordId(), row.rejectReason(), row.raw() });
			}
			else {
				accepted.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(tableRow(row));
			}
		}
		accepted.forEach((table, rows) -> this.copy.copyIn(table.tableName(), columns(table), rows));
		this.copy.copyIn("rejected_row", REJECTED_COLUMNS, rejected);
		readPerFile.forEach((file, count) -> this.jdbc
			.sql("update extract_file set rows_read = rows_read + :count where load_id = :loadId and file_name = :file")
			.param("count", count)
			.param("loadId", this.loadId)
			.param("file", file)
			.update());
	}

	private Object[] tableRow(CheckedRow row) {
		Object[] values = row.values();
		Object[] out = new Object[values.length + 4];
		out[0] = this.loadId;
		System.arraycopy(values, 0, out, 1, values.length);
		out[values.length + 1] = row.fileName();
		out[values.length + 2] = row.line();
		out[values.length + 3] = row.raw();
		return out;
	}

	static List<String> columns(Table table) {
		List<String> columns = new ArrayList<>();
		columns.add("load_id");
		columns.addAll(table.dbColumns());
		columns.addAll(List.of("file_name", "line_no", "raw_line"));
		return columns;
	}
}
