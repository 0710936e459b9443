package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.report.QaFindingsRepository.CaseFindings;
import org.safeguarding.audit.report.QaFindingsRepository.RejectedRow;
import org.safeguarding.audit.report.QaFindingsRepository.TeamSize;

/**
 * Writes the QA findings workbook: a sheet of INADEQUATE cases first, one sheet per team with
 * every case (one row per case, an outcome/evidence column pair per criterion), then the
 * rejected rows. Only the {@value #TEAM_SHEETS} largest teams have sheets of their own; the
 * others share one, "Other teams", so a month of thousands of small teams stays a workbook a
 * QA officer can open. A sheet longer than {@link #ROWS_PER_SHEET} rows goes on in continuation
 * sheets ("North (2)"), within Excel's 1,048,576 rows. Rows are read a page at a time and
 * written as they come ({@link XlsxWriter}), so memory never depends on the run's size.
 */
final class QaWorkbook {

	static final String INADEQUATE_SHEET = "Inadequate cases";

	static final String OTHER_TEAMS_SHEET = "Other teams";

	static final String REJECTED_SHEET = "Rejected rows";

	/** Data rows per sheet: Excel allows 1,048,576 rows, and the first is the header. */
	static final int ROWS_PER_SHEET = 1_000_000;

	static final int TEAM_SHEETS = 50;

	static final int CASES_PER_QUERY = 500;

	static final int REJECTED_PER_QUERY = 2000;

	private static final List<String> REJECTED_HEADER = List.of("file", "line", "table", "record_id", "reason");

	private static final double[] REJECTED_WIDTHS = { 26.37, 7.91, 26.37, 19.34, 98.44 };

	private static final double[] CASE_WIDTHS = { 15.82, 19.34, 7.03, 21.09 };

	private static final double OUTCOME_WIDTH = 24.61;

	private static final double EVIDENCE_WIDTH = 79.1;

	private final QaFindingsRepository repository;

	private final int rowsPerSheet;

	QaWorkbook(QaFindingsRepository repository) {
		this(repository, ROWS_PER_SHEET);
	}

	/** @param rowsPerSheet data rows before a sheet goes on in a continuation sheet (small in tests) */
	QaWorkbook(QaFindingsRepository repository, int rowsPerSheet) {
		this.repository = repository;
		this.rowsPerSheet = rowsPerSheet;
	}

	/** How one part of the workbook writes a row's cells. */
	private interface Cells<T> {

		void write(XlsxWriter xlsx, T row) throws IOException;
	}

	/** A part of the workbook: its wanted sheet name, columns, number of rows, and its rows in order. */
	private record Part<T>(String name, List<String> header, double[] widths, long rows,
			Supplier<Iterator<T>> source, Cells<T> cells) {
	}

	/** Writes the workbook to {@code file}; a workbook that cannot be completed is removed. */
	void write(Run run, Path file) {
		List<Part<?>> parts = parts(run);
		List<String> wanted = new ArrayList<>();
		for (Part<?> part : parts) {
			for (long i = 0; i < sheets(part); i++) {
				wanted.add(part.name());
			}
		}
		Iterator<String> names = List.of(SheetNames.of(wanted)).iterator();
		try (OutputStream out = Files.newOutputStream(file); XlsxWriter xlsx = new XlsxWriter(out)) {
			for (Part<?> part : parts) {
				write(xlsx, part, names);
			}
			xlsx.finish();
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			throw ex instanceof IOException io ? new UncheckedIOException("Cannot write " + file + ": " + io.getMessage(), io)
					: (RuntimeException) ex;
		}
	}

	private <T> void write(XlsxWriter xlsx, Part<T> part, Iterator<String> names) throws IOException {
		Iterator<T> rows = part.source().get();
		for (long sheet = 0; sheet < sheets(part); sheet++) {
			xlsx.startSheet(names.next(), part.header(), part.widths());
			for (int n = 0; n < this.rowsPerSheet && rows.hasNext(); n++) {
				xlsx.startRow();
				part.cells().write(xlsx, rows.next());
			}
		}
		if (rows.hasNext()) {
			throw new IllegalStateException("The rows of sheet " + part.name() + " changed while they were written");
		}
	}

	private long sheets(Part<?> part) {
		return Math.max(1, (part.rows() + this.rowsPerSheet - 1) / this.rowsPerSheet);
	}

	/** The parts in workbook order: INADEQUATE cases, each team (the largest), other teams, rejected rows. */
	private List<Part<?>> parts(Run run) {
		long runId = run.runId();
		List<String> criteria = this.repository.criteria(runId);
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("The QA findings workbook needs at least one criterion");
		}
		List<String> header = new ArrayList<>(List.of("case_id", "team", "score", "grade"));
		double[] widths = new double[CASE_WIDTHS.length + 2 * criteria.size()];
		System.arraycopy(CASE_WIDTHS, 0, widths, 0, CASE_WIDTHS.length);
		for (int i = 0; i < criteria.size(); i++) {
			header.add(criteria.get(i));
			header.add(criteria.get(i) + " evidence");
			widths[CASE_WIDTHS.length + 2 * i] = OUTCOME_WIDTH;
			widths[CASE_WIDTHS.length + 2 * i + 1] = EVIDENCE_WIDTH;
		}
		List<TeamSize> teams = this.repository.teams(runId);
		Set<String> own = largest(teams);
		List<Part<?>> parts = new ArrayList<>();
		long inadequate = teams.stream().mapToLong(TeamSize::inadequate).sum();
		parts.add(new Part<>(INADEQUATE_SHEET, header, widths, inadequate, () -> new Paged<CaseFindings>(CASES_PER_QUERY,
				last -> this.repository.cases(runId, null, "INADEQUATE", after(last), CASES_PER_QUERY, criteria)),
				QaWorkbook::caseRow));
		for (TeamSize team : teams) {
			if (own.contains(team.team())) {
				parts.add(new Part<>(team.team(), header, widths, team.cases(), () -> new Paged<CaseFindings>(
						CASES_PER_QUERY, last -> this.repository.cases(runId, team.team(), null, after(last),
								CASES_PER_QUERY, criteria)), QaWorkbook::caseRow));
			}
		}
		long others = teams.stream().filter(t -> !own.contains(t.team())).mapToLong(TeamSize::cases).sum();
		if (others > 0) {
			parts.add(new Part<>(OTHER_TEAMS_SHEET, header, widths, others, () -> new Paged<CaseFindings>(
					CASES_PER_QUERY, last -> this.repository.otherTeamsCases(runId, own, last == null ? "" : last.team(),
							after(last), CASES_PER_QUERY, criteria)), QaWorkbook::caseRow));
		}
		long loadId = run.loadId();
		parts.add(new Part<>(REJECTED_SHEET, REJECTED_HEADER, REJECTED_WIDTHS, this.repository.rejectedCount(loadId),
				() -> new Paged<RejectedRow>(REJECTED_PER_QUERY, last -> this.repository.rejectedRows(loadId,
						last == null ? "" : last.fileName(), last == null ? 0 : last.lineNo(), REJECTED_PER_QUERY)),
				QaWorkbook::rejectedRow));
		return parts;
	}

	/** The teams with a sheet of their own: the largest by cases (ties by name). */
	static Set<String> largest(List<TeamSize> teams) {
		return teams.stream()
			.sorted(Comparator.comparingLong(TeamSize::cases).reversed().thenComparing(TeamSize::team))
			.limit(TEAM_SHEETS)
			.map(TeamSize::team)
			.collect(Collectors.toSet());
	}

	private static String after(CaseFindings last) {
		return last == null ? "" : last.caseId();
	}

	private static void caseRow(XlsxWriter xlsx, CaseFindings row) {
		xlsx.text(row.caseId());
		xlsx.text(row.team());
		xlsx.oneDecimal(row.score());
		xlsx.text(row.grade());
		for (int i = 0; i < row.outcomes().size(); i++) {
			xlsx.text(row.outcomes().get(i));
			xlsx.text(row.evidence().get(i));
		}
	}

	private static void rejectedRow(XlsxWriter xlsx, RejectedRow row) {
		xlsx.text(row.fileName());
		xlsx.integer(row.lineNo());
		xlsx.text(row.tableName());
		xlsx.text(row.recordId());
		xlsx.text(row.reason());
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// The publisher's staging folder is removed with what is left in it.
		}
	}
}
