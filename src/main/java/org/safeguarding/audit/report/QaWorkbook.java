package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.report.QaFindingsRepository.CaseFindings;
import org.safeguarding.audit.report.QaFindingsRepository.RejectedKey;
import org.safeguarding.audit.report.QaFindingsRepository.RejectedRow;
import org.safeguarding.audit.report.QaFindingsRepository.TeamSize;

/**
 * Writes the QA findings workbook: a sheet of INADEQUATE cases first, one sheet per team with
 * every case (one row per case, an outcome/evidence column pair per criterion), then the
 * rejected rows. A sheet longer than {@link #ROWS_PER_SHEET} rows goes on in continuation sheets
 * ("North (2)"), so the workbook stays within Excel's 1,048,576 rows at any size. Rows are read
 * a page at a time and filled pages are swapped to a temporary file, so memory stays flat;
 * sheets are filled on parallel lanes, each sheet with its own virtualizer (read-only once
 * filled, so the export reads it while the lanes fill later sheets), and exported in order as
 * soon as each is filled.
 */
final class QaWorkbook {

	static final String INADEQUATE_SHEET = "Inadequate cases";

	static final String REJECTED_SHEET = "Rejected rows";

	static final String REJECTED_TEMPLATE = "qa-rejected-rows";

	/** Data rows per sheet: Excel allows 1,048,576 rows, and the first is the header. */
	static final int ROWS_PER_SHEET = 1_000_000;

	static final int CASES_PER_QUERY = 500;

	static final int REJECTED_PER_QUERY = 2000;

	private static final int PAGES_IN_MEMORY = 4;

	private final QaFindingsRepository repository;

	private final ReportTemplates templates;

	private final QaCasesLayout layout = new QaCasesLayout();

	private final int rowsPerSheet;

	QaWorkbook(ReportTemplates templates, QaFindingsRepository repository) {
		this(templates, repository, ROWS_PER_SHEET);
	}

	/** @param rowsPerSheet data rows before a sheet goes on in a continuation sheet (small in tests) */
	QaWorkbook(ReportTemplates templates, QaFindingsRepository repository, int rowsPerSheet) {
		this.templates = templates;
		this.repository = repository;
		this.rowsPerSheet = rowsPerSheet;
	}

	/** One sheet to fill: its wanted name, layout, rows, and how many rows (to share the work out). */
	record Sheet(String name, JasperReport report, Supplier<JRDataSource> rows, long size) {
	}

	void write(Run run, Path file) {
		write(run, file, new CompletableFuture<>());
	}

	/**
	 * Writes the workbook; {@code filled} completes when every sheet is filled and only the
	 * export is left, or when the writing has failed.
	 */
	void write(Run run, Path file, CompletableFuture<Void> filled) {
		Path swapDir = null;
		Queue<JRSwapFileVirtualizer> virtualizers = new ConcurrentLinkedQueue<>();
		SheetLanes.Filling filling = null;
		try {
			Path swap = temporaryDirectory();
			swapDir = swap;
			List<Sheet> sheets = sheets(run);
			filling = SheetLanes.start(sheets, sheet -> fill(sheet, swap, virtualizers));
			CompletableFuture.allOf(filling.prints().toArray(CompletableFuture[]::new))
				.whenComplete((done, failed) -> filled.complete(null));
			QaWorkbookExport.write(filling.prints(), SheetNames.of(sheets.stream().map(Sheet::name).toList()), file);
		}
		finally {
			filled.complete(null);
			if (filling != null) {
				filling.stop();
			}
			virtualizers.forEach(JRSwapFileVirtualizer::cleanup);
			if (swapDir != null) {
				deleteQuietly(swapDir);
			}
		}
	}

	/** The sheets in workbook order: INADEQUATE cases, each team, rejected rows (each maybe continued). */
	List<Sheet> sheets(Run run) {
		long runId = run.runId();
		List<String> criteria = repository.criteria(runId);
		JasperReport cases = layout.forCriteria(criteria);
		List<TeamSize> teams = repository.teams(runId);
		List<Sheet> sheets = new ArrayList<>();
		long inadequate = teams.stream().mapToLong(TeamSize::inadequate).sum();
		addCaseSheets(sheets, INADEQUATE_SHEET, cases, runId, null, "INADEQUATE", inadequate, criteria);
		for (TeamSize team : teams) {
			addCaseSheets(sheets, team.team(), cases, runId, team.team(), null, team.cases(), criteria);
		}
		addRejectedSheets(sheets, run.loadId());
		return sheets;
	}

	private void addCaseSheets(List<Sheet> sheets, String name, JasperReport report, long runId, String team,
			String grade, long size, List<String> criteria) {
		List<String> starts = new ArrayList<>(List.of(""));
		if (size > rowsPerSheet) {
			starts.addAll(repository.caseSheetEnds(runId, team, grade, rowsPerSheet));
		}
		for (int i = 0; i < starts.size(); i++) {
			String after = starts.get(i);
			Supplier<JRDataSource> rows = () -> new FirstRows(RecordDataSource.<CaseFindings>paged(last -> repository
				.cases(runId, team, grade, last == null ? after : last.caseId(), CASES_PER_QUERY, criteria)), rowsPerSheet);
			sheets.add(new Sheet(name, report, rows, Math.min(rowsPerSheet, size - (long) i * rowsPerSheet)));
		}
	}

	private void addRejectedSheets(List<Sheet> sheets, long loadId) {
		JasperReport report = templates.get(REJECTED_TEMPLATE);
		long size = repository.rejectedCount(loadId);
		List<RejectedKey> starts = new ArrayList<>(List.of(new RejectedKey("", 0)));
		if (size > rowsPerSheet) {
			starts.addAll(repository.rejectedSheetEnds(loadId, rowsPerSheet));
		}
		for (int i = 0; i < starts.size(); i++) {
			RejectedKey after = starts.get(i);
			Supplier<JRDataSource> rows = () -> new FirstRows(RecordDataSource.<RejectedRow>paged(last -> repository
				.rejectedRows(loadId, last == null ? after.fileName() : last.fileName(),
						last == null ? after.lineNo() : last.lineNo(), REJECTED_PER_QUERY)), rowsPerSheet);
			sheets.add(new Sheet(REJECTED_SHEET, report, rows, Math.min(rowsPerSheet, size - (long) i * rowsPerSheet)));
		}
	}

	/** Fills a sheet, its pages swapped out by its own virtualizer, read-only once it is filled. */
	private static JasperPrint fill(Sheet sheet, Path swapDir, Queue<JRSwapFileVirtualizer> virtualizers) {
		JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
				new JRSwapFile(swapDir.toString(), 8192, 256), true);
		virtualizers.add(virtualizer);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		try {
			JasperPrint print = JasperFillManager.fillReport(sheet.report(), parameters, sheet.rows().get());
			virtualizer.setReadOnly(true);
			return print;
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot fill sheet " + sheet.name() + " of the QA findings workbook", ex);
		}
	}

	/** The first {@code max} rows of a data source. */
	private static final class FirstRows implements JRDataSource {

		private final JRDataSource rows;

		private long left;

		FirstRows(JRDataSource rows, long max) {
			this.rows = rows;
			this.left = max;
		}

		@Override
		public boolean next() throws JRException {
			return left-- > 0 && rows.next();
		}

		@Override
		public Object getFieldValue(JRField field) throws JRException {
			return rows.getFieldValue(field);
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
