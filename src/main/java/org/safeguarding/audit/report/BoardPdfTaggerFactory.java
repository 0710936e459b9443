package org.safeguarding.audit.report;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTagger;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * Gives Jasper's PDF exporter the board pack's tagger; named by the exporter's
 * {@code net.sf.jasperreports.export.pdf.tagger.factory} property, so Jasper creates it by its
 * class name and it must stay public with a no-argument constructor.
 */
public final class BoardPdfTaggerFactory implements PdfTaggerFactory {

	@Override
	public PdfTagger createTagger(JRPdfExporter exporter) {
		return new BoardPdfTagger();
	}
}
