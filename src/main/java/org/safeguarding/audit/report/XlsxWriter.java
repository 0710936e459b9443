package org.safeguarding.audit.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX workbook as a stream: sheets one after another, each a header row (bold,
 * frozen, with a filter) and then rows of string and number cells, written into the zip as they
 * come, so memory never depends on the workbook's size. Text is always an inline string cell,
 * never a formula, and capped ({@link CellText}). Sheet names must already be valid and unique
 * ({@link SheetNames}); in the workbook's defined names they are quoted, an apostrophe doubled.
 * Why not a library: fastexcel 0.19 leaves the apostrophe single there (a workbook Excel must
 * repair) and used 2.3 times this writer's CPU for the same cells (docs/design.md).
 */
final class XlsxWriter implements Closeable {

	private static final int HEADER_STYLE = 1;

	private static final int ONE_DECIMAL_STYLE = 2;

	private static final int FLUSH_AT = 1 << 16;

	/** A fixed time for every part, so that the same cells always give the same bytes. */
	private static final LocalDateTime PART_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

	private record SheetEnd(String name, int columns, int rows) {
	}

	private final ZipOutputStream zip;

	private final Writer out;

	private final StringBuilder xml = new StringBuilder(FLUSH_AT + 4096);

	private final List<SheetEnd> sheets = new ArrayList<>();

	private final List<String> columnNames = new ArrayList<>();

	private String sheet;

	private int columns;

	private int row;

	private int column;

	XlsxWriter(OutputStream out) {
		this.zip = new ZipOutputStream(new BufferedOutputStream(out, FLUSH_AT));
		// Deflate's fastest level: the default took 2.6 times as long for a file a third smaller.
		this.zip.setLevel(Deflater.BEST_SPEED);
		this.out = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
	}

	/** Starts a sheet with its header row; {@code widths} are the columns' widths in characters. */
	void startSheet(String name, List<String> header, double[] widths) throws IOException {
		endSheet();
		this.sheet = name;
		this.columns = header.size();
		this.row = 0;
		begin("xl/worksheets/sheet" + (this.sheets.size() + 1) + ".xml");
		this.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
			.append(XlsxParts.MAIN)
			.append("\" xmlns:r=\"")
			.append(XlsxParts.RELATIONSHIPS)
			.append("\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
			.append(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\"")
			.append(" sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
		for (int i = 0; i < widths.length; i++) {
			this.xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
				.append(widths[i]).append("\" customWidth=\"1\"/>");
		}
		this.xml.append("</cols><sheetData>");
		startRow();
		for (String heading : header) {
			text(heading, HEADER_STYLE);
		}
	}

	/** Starts the next row; its cells follow from the first column. */
	void startRow() throws IOException {
		if (this.row > 0) {
			this.xml.append("</row>");
			if (this.xml.length() >= FLUSH_AT) {
				flush();
			}
		}
		this.row++;
		this.column = 0;
		this.xml.append("<row r=\"").append(this.row).append("\">");
	}

	/** The next cell, a string; null or empty leaves it blank. */
	void text(String value) {
		text(value, 0);
	}

	/** The next cell, a number with one decimal place shown; null leaves it blank. */
	void oneDecimal(BigDecimal value) {
		if (value != null) {
			cell(ONE_DECIMAL_STYLE, null).append("<v>").append(value.toPlainString()).append("</v></c>");
		}
		this.column++;
	}

	/** The next cell, a whole number. */
	void integer(long value) {
		cell(0, null).append("<v>").append(value).append("</v></c>");
		this.column++;
	}

	private void text(String value, int style) {
		if (value != null && !value.isEmpty()) {
			String text = CellText.capped(value);
			cell(style, "inlineStr").append(CellText.needsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>");
			CellText.appendXml(this.xml, text);
			this.xml.append("</t></is></c>");
		}
		this.column++;
	}

	private StringBuilder cell(int style, String type) {
		this.xml.append("<c r=\"").append(columnName(this.column)).append(this.row).append('"');
		if (style != 0) {
			this.xml.append(" s=\"").append(style).append('"');
		}
		if (type != null) {
			this.xml.append(" t=\"").append(type).append('"');
		}
		return this.xml.append('>');
	}

	/** Ends the current sheet, with a filter on its header over every row. */
	void endSheet() throws IOException {
		if (this.sheet == null) {
			return;
		}
		String range = range(this.columns, this.row);
		this.xml.append("</row></sheetData><autoFilter ref=\"").append(range.replace("$", "")).append("\"/></worksheet>");
		flush();
		this.out.flush();
		this.zip.closeEntry();
		this.sheets.add(new SheetEnd(this.sheet, this.columns, this.row));
		this.sheet = null;
	}

	/** Ends the last sheet and writes the parts that list the sheets; the workbook is then complete. */
	void finish() throws IOException {
		endSheet();
		List<String> names = this.sheets.stream().map(SheetEnd::name).toList();
		List<String> filters = this.sheets.stream().map(s -> range(s.columns(), s.rows())).toList();
		part("[Content_Types].xml", XlsxParts.contentTypes(names.size()));
		part("_rels/.rels", XlsxParts.PACKAGE_RELATIONSHIPS);
		part("docProps/app.xml", XlsxParts.APP);
		part("xl/workbook.xml", XlsxParts.workbook(names, filters));
		part("xl/_rels/workbook.xml.rels", XlsxParts.workbookRelationships(names.size()));
		part("xl/styles.xml", XlsxParts.STYLES);
		this.zip.finish();
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	/** An absolute reference from A1 to the last column and row, e.g. {@code $A$1:$AH$489}. */
	private String range(int columns, int rows) {
		return "$A$1:$" + columnName(Math.max(columns, 1) - 1) + "$" + Math.max(rows, 1);
	}

	/** A column's letters: 0 is A, 26 is AA. */
	private String columnName(int column) {
		while (this.columnNames.size() <= column) {
			int n = this.columnNames.size() + 1;
			StringBuilder letters = new StringBuilder();
			for (; n > 0; n = (n - 1) / 26) {
				letters.insert(0, (char) ('A' + (n - 1) % 26));
			}
			this.columnNames.add(letters.toString());
		}
		return this.columnNames.get(column);
	}

	private void part(String name, String content) throws IOException {
		begin(name);
		this.xml.append(content);
		flush();
		this.out.flush();
		this.zip.closeEntry();
	}

	private void begin(String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(PART_TIME);
		this.zip.putNextEntry(entry);
	}

	private void flush() throws IOException {
		this.out.append(this.xml);
		this.xml.setLength(0);
	}
}
