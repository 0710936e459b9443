package org.safeguarding.audit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.ReportExportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Exports the sheets of the QA findings workbook as one XLSX file, a sheet per report, each
 * written as soon as it is filled (the exporter waits for a sheet only when it comes to it).
 */
final class QaWorkbookExport {

	private QaWorkbookExport() {
	}

	static void write(List<? extends Future<JasperPrint>> sheets, String[] names, Path file) {
		// Not XlsxMetadataExporter: in 7.0.8 it leaves every sheet but the last unfinished when
		// given several reports (a corrupt workbook), and is not much faster here.
		JRXlsxExporter exporter = new QaXlsxExporter();
		exporter.setExporterInput(new SimpleExporterInput(sheets.stream().<ExporterInputItem>map(FilledSheet::new).toList()));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
		SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
		configuration.setSheetNames(names);
		configuration.setOnePagePerSheet(false);
		configuration.setRemoveEmptySpaceBetweenRows(true);
		configuration.setRemoveEmptySpaceBetweenColumns(true);
		configuration.setIgnorePageMargins(true);
		configuration.setDetectCellType(true);
		configuration.setWhitePageBackground(false);
		configuration.setWrapText(false);
		configuration.setIgnoreTextFormatting(true);
		configuration.setIgnoreCellBorder(true);
		configuration.setIgnoreCellBackground(true);
		configuration.setFontSizeFixEnabled(false);
		configuration.setFreezeRow(2);
		configuration.setShowGridLines(true);
		exporter.setConfiguration(configuration);
		try {
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot write " + file, ex);
		}
	}

	/** A sheet that may still be filling: the exporter waits for it when it comes to it. */
	private record FilledSheet(Future<JasperPrint> print) implements ExporterInputItem {

		@Override
		public JasperPrint getJasperPrint() {
			return SheetLanes.await(print);
		}

		@Override
		public ReportExportConfiguration getConfiguration() {
			return null;
		}
	}
}
