package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.report.XlsxCells.Cell;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workbook of a month of odd shape, on a real PostgreSQL: 2,050 teams (St Mary's and 49
 * others of 20 cases or more, and 2,000 teams of one case), a case id that is a formula, and
 * evidence of 40,000 characters.
 */
class QaWorkbookIntegrationTests {

	static final String FORMULA = "=HYPERLINK(\"http://x.example/?\",\"click\")";

	static JdbcClient jdbc;

	static BoardPackData.Run run;

	@TempDir
	static Path dir;

	static Path file;

	@BeforeAll
	static void writeTheWorkbook() {
		jdbc = JdbcClient.create(TestDatabase.dataSource());
		long load = jdbc.sql("""
				insert into extract_load (drop_folder, fingerprint, status, started_at, finished_at)
				values ('odd-month', repeat('9', 64), 'LOADED', now(), now()) returning load_id""")
			.query(Long.class)
			.single();
		long runId = jdbc.sql("""
				insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status,
					cases_audited, started_at, finished_at)
				values (?, '2026-10', 'odd-shape', '1', repeat('e', 64), 'Odd shape', 'SCORED', 3020, now(), now())
				returning run_id""")
			.param(load)
			.query(Long.class)
			.single();
		for (String criterion : List.of("GP_INFORMED", "SAFE_SLEEP")) {
			jdbc.sql("insert into criterion_summary values (?, ?, ?, ?, 1, 1, 0, 0, 100.0, 20.7, 100.0)")
				.params(runId, criterion.equals("GP_INFORMED") ? 1 : 2, criterion, criterion)
				.update();
		}
		addCases(runId, "St Mary's", 40);
		IntStream.rangeClosed(1, 49).forEach(i -> addCases(runId, String.format("Big %02d", i), 20 + i));
		IntStream.rangeClosed(1, 2000).forEach(i -> addCases(runId, String.format("Small %04d", i), 1));
		jdbc.sql("update case_score set case_id = ? where run_id = ? and case_id = 'Small 0007-1'")
			.params(FORMULA, runId)
			.update();
		jdbc.sql("update case_result set case_id = ? where run_id = ? and case_id = 'Small 0007-1'")
			.params(FORMULA, runId)
			.update();
		jdbc.sql("update case_result set evidence = repeat('long ', 8000) where run_id = ? and case_id = ? and criterion_seq = 1")
			.params(runId, FORMULA)
			.update();
		jdbc.sql("select index_run_results(?)").param(runId).query(Object.class).list();
		run = new BoardPackData.Run(runId, load, "2026-10", "odd-shape", "1", "Odd shape", "SCORED", 3020);
		file = dir.resolve("qa-findings.xlsx");
		new QaWorkbook(new QaFindingsRepository(jdbc)).write(run, file);
	}

	/** {@code n} cases of a team, ids "team-1".."team-n", every third INADEQUATE. */
	static void addCases(long runId, String team, int n) {
		for (int i = 1; i <= n; i++) {
			String caseId = team + "-" + i;
			String grade = i % 3 == 0 ? "INADEQUATE" : "GOOD";
			jdbc.sql("insert into case_score values (?, ?, ?, 2, ?, ?)")
				.params(runId, caseId, team, new java.math.BigDecimal(grade.equals("GOOD") ? "100.0" : "0.0"), grade)
				.update();
			jdbc.sql("""
					insert into case_result values (?, ?, ?, 1, 'GP_INFORMED', ?, 'GP told'),
						(?, ?, ?, 2, 'SAFE_SLEEP', 'NOT_APPLICABLE', '')""")
				.params(runId, caseId, team, grade.equals("GOOD") ? "MET" : "NOT_MET", runId, caseId, team)
				.update();
		}
	}

	@Test
	void theFiftyLargestTeamsHaveASheetEachAndTheOthersShareOne() throws IOException {
		List<String> expected = new ArrayList<>(List.of("Inadequate cases"));
		IntStream.rangeClosed(1, 49).forEach(i -> expected.add(String.format("Big %02d", i)));
		expected.addAll(List.of("St Mary's", "Other teams", "Rejected rows"));

		Map<String, List<Cell>> sheets = XlsxCells.read(file);
		assertThat(sheets.keySet()).containsExactlyElementsOf(expected);
		assertThat(column(sheets.get("St Mary's"), "A")).hasSize(1 + 40);
		assertThat(column(sheets.get("Big 07"), "B")).containsOnly("team", "Big 07").hasSize(1 + 27);
	}

	@Test
	void theSharedSheetHoldsEveryOtherTeamsCasesByTeamThenCaseId() throws IOException {
		List<String> teams = column(XlsxCells.read(file).get("Other teams"), "B");
		List<String> expected = new ArrayList<>(List.of("team"));
		IntStream.rangeClosed(1, 2000).forEach(i -> expected.add(String.format("Small %04d", i)));
		assertThat(teams).containsExactlyElementsOf(expected);
		List<String> caseIds = column(XlsxCells.read(file).get("Other teams"), "A");
		assertThat(caseIds.get(6)).isEqualTo("Small 0006-1");
		assertThat(caseIds.get(7)).isEqualTo(FORMULA);
	}

	@Test
	void aFormulaFromTheDropIsAStringCellAndLongEvidenceIsCut() throws IOException {
		List<Cell> other = XlsxCells.read(file).get("Other teams");
		assertThat(other).contains(new Cell("A8", 'S', FORMULA));
		String evidence = other.stream().filter(c -> c.ref().equals("F8")).findFirst().orElseThrow().value();
		assertThat(evidence).hasSize(32_767).startsWith("long long ").endsWith("\u2026");
		assertThat(other).filteredOn(c -> c.ref().equals("H8")).as("empty evidence is a blank cell").isEmpty();
	}

	@Test
	void aSheetNameWithAnApostropheIsQuotedWithItDoubledInDefinedNames() throws IOException {
		assertThat(XlsxCells.definedNames(file)).contains("'St Mary''s'!$A$1:$H$41", "'Inadequate cases'!$A$1:$H$733",
				"'Other teams'!$A$1:$H$2001", "'Rejected rows'!$A$1:$E$1");
	}

	@Test
	void longSheetsGoOnInContinuationSheets() throws IOException {
		Path small = dir.resolve("continued.xlsx");
		new QaWorkbook(new QaFindingsRepository(jdbc), 700).write(run, small);

		Map<String, List<Cell>> sheets = XlsxCells.read(small);
		assertThat(sheets.keySet()).containsSubsequence("Inadequate cases", "Inadequate cases (2)", "Big 01",
				"St Mary's", "Other teams", "Other teams (2)", "Other teams (3)", "Rejected rows");
		List<String> teams = new ArrayList<>();
		for (String name : List.of("Other teams", "Other teams (2)", "Other teams (3)")) {
			teams.addAll(column(sheets.get(name), "B").subList(1, column(sheets.get(name), "B").size()));
		}
		assertThat(teams).hasSize(2000).startsWith("Small 0001").endsWith("Small 2000");
		assertThat(column(sheets.get("Other teams (3)"), "B")).hasSize(1 + 600);
	}

	private static List<String> column(List<Cell> cells, String column) {
		return cells.stream().filter(c -> c.ref().matches(column + "\\d+")).map(Cell::value).toList();
	}
}
