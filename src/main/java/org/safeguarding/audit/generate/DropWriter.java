package org.safeguarding.audit.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** All the files of a drop, open together so that rows are written as each baby is generated. */
final class DropWriter implements Closeable {

	private final Map<DropFile, CsvOut> files = new EnumMap<>(DropFile.class);

	DropWriter(Path folder) throws IOException {
		try {
			for (DropFile file : DropFile.values()) {
				this.files.put(file, new CsvOut(folder.resolve(file.fileName()), file.columns()));
			}
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
	}

	void write(Row row) throws IOException {
		this.files.get(row.file()).write(row.fields());
	}

	/** Data rows per file name, in file-name order. */
	Map<String, Long> rowsPerFile() {
		Map<String, Long> rows = new LinkedHashMap<>();
		this.files.forEach((file, out) -> rows.put(file.fileName(), out.rows()));
		return rows;
	}

	@Override
	public void close() throws IOException {
		IOException first = null;
		for (CsvOut out : this.files.values()) {
			try {
				out.close();
			}
			catch (IOException ex) {
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}
}
