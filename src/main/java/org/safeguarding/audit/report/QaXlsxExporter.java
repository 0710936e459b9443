package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.export.CutsInfo;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRStringUtil;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.export.ExporterInputItem;

/**
 * Jasper's XLSX exporter, made to write the QA workbook's millions of cells faster with the same
 * content. Cell styles are worked out once per element template ({@link StylePerTemplate}).
 * Plain text (no markup) is written as one unformatted run straight from the element's text, the
 * XML Jasper writes for it too, without building the styled text's font attributes for each cell.
 * The workbook's parts are zipped at deflate's fastest level ({@link FastestXlsxZip}).
 * <p>
 * Jasper works out a sheet's columns from every page before writing it, reading each swapped-out
 * page twice. Every page of a QA sheet is cut from the same band, so its columns are those of
 * the first page: the other pages are shown to that pass empty, and written from their elements,
 * which {@link PagesAhead} reads back from the swap file while the previous pages are written.
 */
final class QaXlsxExporter extends JRXlsxExporter {

	/** The text last given out by {@link #getStyledText} as plain, so its cell is written plainly. */
	private JRStyledText plain;

	/** The current sheet's later pages, read from the swap file ahead of the export. */
	private PagesAhead pagesAhead;

	private int sheets;

	@Override
	protected JRStyledText getStyledText(JRPrintText text) {
		String markup = text.getMarkup();
		String full = text.getFullText();
		if (full == null || (markup != null && !JRCommonText.MARKUP_NONE.equals(markup))) {
			plain = null;
			return super.getStyledText(text);
		}
		plain = new JRStyledText(null, full);
		return plain;
	}

	@Override
	protected void exportStyledText(JRStyle style, JRStyledText styledText, Locale locale, boolean isStyledText) {
		if (styledText != plain || isStyledText) {
			super.exportStyledText(style, styledText, locale, isStyledText);
			return;
		}
		String run = "<r><t xml:space=\"preserve\">"
				+ JRStringUtil.xmlEncode(styledText.getText(), this.invalidCharReplacement) + "</t></r>";
		this.sheetHelper.write(String.valueOf(this.sharedStringsHelper.export(run)));
	}

	/**
	 * Jasper's own asks for every report up front to unroll report parts; the QA sheets have no
	 * parts, and asking only for the first lets later sheets still be filling while it writes.
	 */
	@Override
	protected void ensureInput() {
		if (this.exporterInput == null || this.exporterInput.getItems().isEmpty()) {
			throw new IllegalStateException("The QA findings workbook has no sheets to export");
		}
		this.crtItem = this.exporterInput.getItems().get(0);
		this.jasperPrint = this.crtItem.getJasperPrint();
	}

	@Override
	protected void setCurrentExporterInputItem(ExporterInputItem item) {
		super.setCurrentExporterInputItem(item);
		List<JRPrintPage> pages = this.jasperPrint.getPages();
		List<JRPrintPage> later = new ArrayList<>();
		for (int i = 1; i < pages.size(); i++) {
			JRPrintPage page = pages.get(i) instanceof SameColumns same ? same.page() : pages.get(i);
			later.add(page);
			pages.set(i, new SameColumns(page));
		}
		closePagesAhead();
		sheets++;
		pagesAhead = new PagesAhead(later, "sheet " + sheets + " of the QA findings workbook");
	}

	@Override
	protected int exportPage(JRPrintPage page, CutsInfo xCuts, int startRow, String defaultSheetName)
			throws JRException {
		if (!(page instanceof SameColumns same)) {
			return super.exportPage(page, xCuts, startRow, defaultSheetName);
		}
		JRBasePrintPage read = new JRBasePrintPage();
		read.setElements(pagesAhead.elements(same.page()));
		return super.exportPage(read, xCuts, startRow, defaultSheetName);
	}

	@Override
	protected void exportReportToStream(OutputStream os) throws JRException, IOException {
		try {
			super.exportReportToStream(os);
		}
		finally {
			closePagesAhead();
		}
	}

	private void closePagesAhead() {
		if (pagesAhead != null) {
			pagesAhead.close();
			pagesAhead = null;
		}
	}

	@Override
	protected void openWorkbook(OutputStream os) throws JRException {
		super.openWorkbook(os);
		this.sharedStringsHelper = new BoundedSharedStrings(this.jasperReportsContext,
				this.xlsxZip.getSharedStringsEntry().getWriter(), getExporterKey());
		this.styleHelper = new StylePerTemplate(this.jasperReportsContext, this.xlsxZip.getStylesEntry().getWriter(),
				getExporterKey());
	}

	/** Zips the workbook's parts at deflate's fastest level ({@link FastestXlsxZip}). */
	@Override
	protected void closeWorkbook(OutputStream os) throws JRException {
		try {
			this.xlsxZip = new FastestXlsxZip(this.jasperReportsContext, this.xlsxZip);
		}
		catch (IOException ex) {
			throw new JRException("Cannot zip the QA findings workbook", ex);
		}
		super.closeWorkbook(os);
	}

	/** A page with the first page's columns: empty when the columns are worked out, then unwrapped. */
	private record SameColumns(JRPrintPage page) implements JRPrintPage {

		@Override
		public List<JRPrintElement> getElements() {
			return List.of();
		}

		@Override
		public void setElements(List<JRPrintElement> elements) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addElement(JRPrintElement element) {
			throw new UnsupportedOperationException();
		}
	}
}
