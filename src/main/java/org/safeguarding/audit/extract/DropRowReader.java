package org.safeguarding.audit.extract;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams every data record of a drop, file by file in the drop's (byte) order, then line order.
 * Only one record is held at a time. Its position (file, records read) is saved in the step's
 * execution context, so a restarted load carries on where the failed one stopped.
 */
public class DropRowReader implements ItemStreamReader<CsvRow> {

	static final String FILE_KEY = "dropRowReader.file";

	static final String RECORDS_KEY = "dropRowReader.records";

	private final Drop drop;

	private int fileIndex;

	private long recordsRead;

	private CsvRecordReader current;

	public DropRowReader(Drop drop) {
		this.drop = drop;
	}

	@Override
	public void open(ExecutionContext context) {
		this.fileIndex = context.getInt(FILE_KEY, 0);
		long skip = context.getLong(RECORDS_KEY, 0L);
		if (this.fileIndex < this.drop.files().size()) {
			openFile();
			for (long i = 0; i < skip && this.current.next() != null; i++) {
				this.recordsRead++;
			}
		}
	}

	@Override
	public CsvRow read() {
		while (this.fileIndex < this.drop.files().size()) {
			CsvRecord record = this.current.next();
			if (record != null) {
				this.recordsRead++;
				return new CsvRow(this.drop.files().get(this.fileIndex), record);
			}
			closeFile();
			this.fileIndex++;
			if (this.fileIndex < this.drop.files().size()) {
				openFile();
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE_KEY, this.fileIndex);
		context.putLong(RECORDS_KEY, this.recordsRead);
	}

	@Override
	public void close() {
		closeFile();
	}

	private void openFile() {
		DropFile file = this.drop.files().get(this.fileIndex);
		try {
			this.current = new CsvRecordReader(DropInspector.openUtf8(this.drop.folder().resolve(file.name())));
			this.current.next(); // the header, already checked when the drop was inspected
			this.recordsRead = 0;
		}
		catch (UncheckedIOException ex) {
			throw new ItemStreamException("cannot read " + file.name() + ": " + ex.getMessage(), ex);
		}
	}

	private void closeFile() {
		if (this.current != null) {
			try {
				this.current.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.current = null;
		}
	}
}
