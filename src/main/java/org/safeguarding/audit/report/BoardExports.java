package org.safeguarding.audit.report;

import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterConfiguration;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Writes a filled board dashboard as a tagged PDF (fonts embedded, structure for assistive
 * technology, British English, the title shown) and as one self-contained HTML page.
 */
final class BoardExports {

	static final String IMAGE_DPI = "net.sf.jasperreports.image.dpi";

	static final String TAGGER_FACTORY = "net.sf.jasperreports.export.pdf.tagger.factory";

	static final String LANGUAGE = "en-GB";

	private BoardExports() {
	}

	static void pdf(JasperPrint print, String title, Path file) {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty(TAGGER_FACTORY, BoardPdfTaggerFactory.class.getName());
		JRPdfExporter exporter = new JRPdfExporter(context);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setDisplayMetadataTitle(true);
		configuration.setTagged(true);
		configuration.setTagLanguage(LANGUAGE);
		exporter.setConfiguration(configuration);
		export(() -> exporter.exportReport(), file);
	}

	static void html(JasperPrint print, String title, Path file) {
		// Charts are rasterised for HTML: at twice the usual 72 dpi they stay sharp on screens.
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty(IMAGE_DPI, "144");
		HtmlExporter exporter = new HtmlExporter(context);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleHtmlExporterOutput(file.toFile(), "UTF-8"));
		SimpleHtmlReportConfiguration report = new SimpleHtmlReportConfiguration();
		// Images as data URIs: the page needs no other file.
		report.setEmbedImage(true);
		exporter.setConfiguration(report);
		SimpleHtmlExporterConfiguration page = new SimpleHtmlExporterConfiguration();
		page.setHtmlHeader(HtmlPage.header(title));
		page.setBetweenPagesHtml(HtmlPage.BETWEEN_PAGES);
		page.setHtmlFooter(HtmlPage.FOOTER);
		exporter.setConfiguration(page);
		export(() -> exporter.exportReport(), file);
	}

	private interface Export {

		void run() throws JRException;
	}

	private static void export(Export export, Path file) {
		try {
			export.run();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}
}
