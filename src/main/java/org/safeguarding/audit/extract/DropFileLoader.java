package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.safeguarding.audit.store.CopyStream;
import org.safeguarding.audit.store.PgCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads one file of a drop in the caller's transaction: reads it record by record, applies
 * check 1 of the extract format, streams the rows that pass into the load's partition of the
 * file's table with COPY, and writes the others to the quarantine with their reason. Only one
 * record and a bounded batch of rejected rows are held at a time.
 */
@Component
public class DropFileLoader {

	/** Rejected rows held before they are written; the table's COPY pauses meanwhile. */
	static final int REJECTED_BATCH = 1000;

	private static final List<String> REJECTED_COLUMNS = List.of("load_id", "file_name", "line_no", "table_name",
			"record_id", "reason", "raw_line", "reason_kind");

	private final DataSource dataSource;

	private final PgCopy copy;

	private final JdbcClient jdbc;

	public DropFileLoader(DataSource dataSource, PgCopy copy, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.copy = copy;
		this.jdbc = jdbc;
	}

	/** What became of a file's data records: stored in its table, or quarantined with a reason. */
	public record FileCounts(long read, long loaded, long rejected) {
	}

	public FileCounts load(Drop drop, DropFile file, long loadId) {
		return load(drop, file, FilePiece.whole(file.name()), loadId);
	}

	/** Loads a piece of a file; its counts are added to the file's. */
	public FileCounts load(Drop drop, DropFile file, FilePiece piece, long loadId) {
		RowChecker checker = new RowChecker(file.table(), file.name(), file.header());
		String partition = ExtractPartitions.partition(file.table(), loadId);
		List<Object[]> rejected = new ArrayList<>();
		long read = 0;
		long rejectedCount = 0;
		long loaded;
		long headerLines = 0;
		long recordLines = 0;
		long blankLines;
		try (CsvRecordReader reader = open(drop, piece);
				CopyStream rows = new CopyStream(this.dataSource, partition, columns(file.table()))) {
			if (piece.from() == 0) {
				CsvRecord header = reader.next(); // checked when the drop was inspected
				headerLines = header.lastLine() - header.line() + 1;
			}
			for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
				read++;
				recordLines += record.lastLine() - record.line() + 1;
				CheckedRow row = checker.check(record);
				if (row.rejected()) {
					rejected.add(new Object[] { loadId, file.name(), row.line(), file.table().tableName(), row.recordId(),
							row.rejectReason(), row.raw(), row.rejectKind() });
					if (rejected.size() == REJECTED_BATCH) {
						rows.pause();
						rejectedCount += quarantine(rejected);
					}
				}
				else {
					rows.row(tableRow(loadId, row));
				}
			}
			loaded = rows.finish();
			rejectedCount += quarantine(rejected);
			blankLines = reader.blankLines();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.name() + ": " + ex.getMessage(), ex);
		}
		if (loaded + rejectedCount != read) {
			throw new IllegalStateException(file.name() + ": " + read + " records read but " + loaded + " stored and "
					+ rejectedCount + " rejected");
		}
		this.jdbc.sql("""
				update extract_file
				set rows_read = rows_read + :read, header_lines = header_lines + :header,
				    blank_lines = blank_lines + :blank, record_lines = record_lines + :records
				where load_id = :loadId and file_name = :file""")
			.param("read", read)
			.param("header", headerLines)
			.param("blank", blankLines)
			.param("records", recordLines)
			.param("loadId", loadId)
			.param("file", file.name())
			.update();
		return new FileCounts(read, loaded, rejectedCount);
	}

	/** A reader from the piece's first record (or the file's header) to its end. */
	private static CsvRecordReader open(Drop drop, FilePiece piece) throws IOException {
		InputStream in = Files.newInputStream(drop.folder().resolve(piece.file()));
		try {
			in.skipNBytes(piece.from());
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
		InputStream bytes = piece.to() == FilePiece.END ? in : new LimitedInputStream(in, piece.to() - piece.from());
		return new CsvRecordReader(new Utf8Reader(bytes), piece.line());
	}

	private long quarantine(List<Object[]> rejected) {
		long stored = this.copy.copyIn("rejected_row", REJECTED_COLUMNS, rejected);
		rejected.clear();
		return stored;
	}

	private static Object[] tableRow(long loadId, CheckedRow row) {
		Object[] values = row.values();
		Object[] out = new Object[values.length + 4];
		out[0] = loadId;
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
