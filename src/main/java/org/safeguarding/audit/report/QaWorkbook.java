package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.report.QaFindingsRepository.CaseRow;
import org.safeguarding.audit.report.QaFindingsRepository.RejectedRow;

/**
 * Writes the QA findings workbook: a sheet of INADEQUATE cases first, one sheet per team with
 * every case, then the rejected rows. Rows are read a page at a time and filled pages are
 * swapped to a temporary file, so memory stays flat however many cases a run has.
 */
final class QaWorkbook {

	static final String INADEQUATE_SHEET = "Inadequate cases";

	static final String REJECTED_SHEET = "Rejected rows";

	static final int CASES_PER_QUERY = 250;

	static final int REJECTED_PER_QUERY = 2000;

	private static final int PAGES_IN_MEMORY = 4;

	private final ReportTemplates templates;

	private final QaFindingsRepository repository;

	QaWorkbook(ReportTemplates templates, QaFindingsRepository repository) {
		this.templates = templates;
		this.repository = repository;
	}

	void write(Run run, Path file) {
		Path swapDir = temporaryDirectory();
		JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(swapDir.toString(), 8192, 256), true);
		try {
			List<JasperPrint> sheets = new ArrayList<>();
			List<String> names = new ArrayList<>();
			sheets.add(fill("qa-cases", cases(run.runId(), null, "INADEQUATE"), virtualizer));
			names.add(INADEQUATE_SHEET);
			for (String team : repository.teams(run.runId())) {
				sheets.add(fill("qa-cases", cases(run.runId(), team, null), virtualizer));
				names.add(team);
			}
			sheets.add(fill("qa-rejected-rows", rejected(run.loadId()), virtualizer));
			names.add(REJECTED_SHEET);
			virtualizer.setReadOnly(true);
			export(sheets, SheetNames.of(names), file);
		}
		finally {
			virtualizer.cleanup();
			deleteQuietly(swapDir);
		}
	}

	private JRDataSource cases(long runId, String team, String grade) {
		return RecordDataSource.<CaseRow>paged(last -> repository.caseRows(runId, team, grade,
				last == null ? "" : last.caseId(), CASES_PER_QUERY));
	}

	private JRDataSource rejected(long loadId) {
		return RecordDataSource.<RejectedRow>paged(last -> repository.rejectedRows(loadId,
				last == null ? "" : last.fileName(), last == null ? 0 : last.lineNo(), REJECTED_PER_QUERY));
	}

	private JasperPrint fill(String template, JRDataSource rows, JRSwapFileVirtualizer virtualizer) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		try {
			return JasperFillManager.fillReport(templates.get(template), parameters, rows);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot fill " + template + " for the QA findings workbook", ex);
		}
	}

	private static void export(List<JasperPrint> sheets, String[] names, Path file) {
		// Not XlsxMetadataExporter: in 7.0.8 it leaves every sheet but the last unfinished when
		// given several reports (a corrupt workbook), and is not much faster here.
		JRXlsxExporter exporter = new JRXlsxExporter();
		exporter.setExporterInput(SimpleExporterInput.getInstance(sheets));
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

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("qa-findings-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a swap folder for the QA findings workbook", ex);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			// A leftover swap file in the temp folder is harmless.
		}
	}
}
