package org.safeguarding.audit.report;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.XlsxSharedStringsHelper;

/**
 * The QA workbook's shared-string table, with bounded memory. Jasper's own remembers every
 * distinct string written (softly referenced), which at a million cases keeps the heap full of
 * evidence sentences each seen once, and the collector busy; this one remembers the most
 * recently used {@value #REMEMBERED} strings (outcome words, team names, the common sentences)
 * and writes any other string again as a new entry, which the XLSX format allows.
 */
final class BoundedSharedStrings extends XlsxSharedStringsHelper {

	static final int REMEMBERED = 10_000;

	private final Map<String, Integer> recent = new LinkedHashMap<>(2 * REMEMBERED, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
			return size() > REMEMBERED;
		}
	};

	private int count;

	/** Takes over a table whose header Jasper has already written. */
	BoundedSharedStrings(JasperReportsContext context, Writer writer, String exporterKey) {
		super(context, writer, exporterKey);
	}

	@Override
	public int export(String text) {
		Integer index = this.recent.get(text);
		if (index == null) {
			write("<si>");
			write(text);
			write("</si>\n");
			index = this.count++;
			this.recent.put(text, index);
		}
		return index;
	}
}
