package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;

/**
 * Publishes the pack for a generated history in a real PostgreSQL and reads it back: the
 * board's text (from the filled report and the HTML page), the PDF's fonts and the workbook's
 * sheets. The example pack is also left in target/report-example for looking at.
 */
class ReportPublisherIntegrationTests {

	static final Pattern IDENTIFIER = Pattern.compile("(CASE|PERSON|EVT|REF)-\\w");

	static JdbcClient jdbc;

	static AuditHistory history;

	static ReportPublisher publisher;

	static List<Path> files;

	static List<String> boardText;

	@BeforeAll
	static void publish() {
		jdbc = JdbcClient.create(TestDatabase.dataSource());
		history = AuditHistory.in(TestDatabase.dataSource());
		publisher = new ReportPublisher(jdbc, ReportSettings.defaults("Midshire Safeguarding Children Partnership"));
		files = publisher.publish(history.runId, Path.of("target/report-example"));
		boardText = PrintText.of(publisher.board(history.runId));
	}

	@Test
	void writesTheThreeFilesOfTheContract() {
		assertThat(files).extracting(f -> f.getFileName().toString())
			.containsExactly("board-dashboard.pdf", "board-dashboard.html", "qa-findings.xlsx");
		assertThat(files).allMatch(Files::isRegularFile);
	}

	@Test
	void everyCriterionIsShownWithTheFiguresOfItsSummaryRow() {
		List<CriterionCounts> summary = new BoardPackRepository(jdbc).load(history.runId).criteria();
		for (CriterionCounts c : summary) {
			assertThat(boardText).as("title of %s", c.criterion()).contains(c.title());
			int at = boardText.indexOf(c.criterion());
			List<String> row = boardText.subList(at + 1, at + 8);
			if (c.criterion().equals("BRUISING_RESPONSE")) {
				// 3 applicable, 2 met, 1 partly met: all small.
				assertThat(row).containsExactly("c", "c", "c", "0", "c", "c", "c");
			}
			else {
				assertThat(row).as(c.criterion())
					.containsExactly(Long.toString(c.applicable()), Long.toString(c.met()), row.get(2), row.get(3),
							c.compliancePct() + "%", c.ciLowPct() + "–" + c.ciHighPct() + "%", row.get(6));
				assertThat(row.get(6)).isIn("Green", "Amber", "Red");
			}
		}
	}

	/**
	 * FATHER_IDENTIFIED in 2026-10, worked by hand from the history's profile: 88% met of each
	 * team's cases (East 30 -> 26, Hospital 3 -> 3, North 35 -> 31, South 28 -> 25, West 32 -> 28:
	 * 113 of 128), half the rest partly met (2 + 0 + 2 + 2 + 2 = 8), 7 not met; 113 / 128 = 88.28%;
	 * Wilson 95% interval 81.56% to 92.77%; Amber (70% to 90%).
	 */
	@Test
	void aCriterionsRowIsAsWorkedByHand() {
		int at = boardText.indexOf("FATHER_IDENTIFIED");
		assertThat(boardText.subList(at + 1, at + 8)).containsExactly("128", "113", "8", "7", "88.3%", "81.6–92.8%",
				"Amber");
	}

	@Test
	void theBoardNamesNoCaseOrPersonIdentifier() throws IOException {
		assertThat(boardText).noneMatch(t -> IDENTIFIER.matcher(t).find());
		assertThat(IDENTIFIER.matcher(html()).find()).isFalse();
	}

	@Test
	void theCoverGivesTheRunAndWhatChanged() {
		assertThat(boardText).contains("Midshire Safeguarding Children Partnership", "October 2026", "2026-10",
				AuditHistory.TOOL, "version 1", "128", "What changed since September 2026",
				"GP informed: up from 39.8% to 90.6% (p < 0.001).");
	}

	@Test
	void trendsAndTeamsSayOnlyWhatTheStatisticsSupport() {
		String text = String.join("\n", boardText);
		assertThat(text).contains("Rising trend: about +4.0 percentage points a month over 12 months (p < 0.001).",
				"Special-cause variation: June 2026 (below).", "Below the lower 99.8% limit: West.",
				"Teams differ by more than chance would explain", "No evidence that teams differ",
				"Funnel plot not shown: the numbers are small enough to be suppressed.");
		assertThat(text.split("Rising trend", -1)).hasSize(2);
	}

	@Test
	void dataQualityShowsCountsAndReasonsWithoutValues() {
		assertThat(boardText).contains("ext_agency_events", "6,000", "5,990", "evnt_event_date is not a valid date",
				"evnt_event_id repeats an earlier row's id");
		assertThat(String.join("\n", boardText)).doesNotContain("31/02/2026", "yesterday", "2026-13-45");
	}

	@Test
	void withSuppressionOffSmallCountsAreShown() {
		ReportPublisher unsuppressed = new ReportPublisher(jdbc, new ReportSettings("Midshire", 0, null, null));
		List<String> text = PrintText.of(unsuppressed.board(history.runId));
		int at = text.indexOf("BRUISING_RESPONSE");
		assertThat(text.subList(at + 1, at + 5)).containsExactly("3", "2", "1", "0");
		assertThat(text).noneMatch(t -> IDENTIFIER.matcher(t).find());
	}

	@Test
	void thePdfEmbedsDejaVuAndNoOtherFont() throws IOException {
		String pdf = new String(Files.readAllBytes(files.get(0)), StandardCharsets.ISO_8859_1);
		assertThat(pdf).startsWith("%PDF-").contains("/FontFile2");
		List<String> fonts = new ArrayList<>();
		Matcher m = Pattern.compile("/BaseFont\\s*/([\\w+-]+)").matcher(pdf);
		while (m.find()) {
			fonts.add(m.group(1));
		}
		assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
	}

	@Test
	void theHtmlPageIsSelfContained() throws IOException {
		String html = html();
		assertThat(html).contains("<html lang=\"en-GB\">", "data:image/png;base64,", "Compliance per criterion");
		assertThat(Pattern.compile("(src|href)=\"(?!data:)").matcher(html).find()).isFalse();
		assertThat(html).doesNotContain("<link", "url(");
	}

	@Test
	void theWorkbookHasInadequateCasesFirstThenATeamEachThenRejectedRows() throws IOException {
		Map<String, List<List<String>>> sheets = XlsxCells.rows(files.get(2));
		assertThat(sheets.keySet()).containsExactly("Inadequate cases", "East", "Hospital", "North", "South", "West",
				"Rejected rows");
		long inadequate = jdbc.sql("select count(*) from case_score where run_id = ? and grade = 'INADEQUATE'")
			.param(history.runId)
			.query(Long.class)
			.single();
		assertThat(sheets.get("Inadequate cases")).hasSize(1 + (int) inadequate);
		assertThat(sheets.get("Inadequate cases").subList(1, 1 + (int) inadequate)).extracting(row -> row.get(3))
			.containsOnly("INADEQUATE");
		assertThat(sheets.get("North")).hasSize(1 + 35);
		assertThat(sheets.get("Hospital")).hasSize(1 + 3);
		List<List<String>> rejected = sheets.get("Rejected rows");
		assertThat(rejected).hasSize(1 + 14);
		assertThat(rejected.get(0)).containsExactly("file", "line", "table", "record_id", "reason");
		assertThat(rejected).anySatisfy(row -> assertThat(row).contains("PERSON-0007",
				"pers_dob '2026-13-45' is not a valid date"));
	}

	@Test
	void eachCaseIsOneRowWithItsScoreGradeAndEveryCriterionsOutcomeAndEvidence() throws IOException {
		List<List<String>> north = XlsxCells.rows(files.get(2)).get("North");
		List<String> criteria = new QaFindingsRepository(jdbc).criteria(history.runId);
		List<String> header = new ArrayList<>(List.of("case_id", "team", "score", "grade"));
		criteria.forEach(c -> header.addAll(List.of(c, c + " evidence")));
		assertThat(north.get(0)).containsExactlyElementsOf(header);
		List<String> caseIds = north.stream().skip(1).map(row -> row.get(0)).toList();
		assertThat(caseIds).isSortedAccordingTo(java.util.Comparator.naturalOrder()).doesNotHaveDuplicates();
		List<String> row = north.get(1);
		List<String> expected = new ArrayList<>();
		jdbc.sql("select case_id, team, score, grade from case_score where run_id = ? and case_id = ?")
			.params(history.runId, row.get(0))
			.query(rs -> {
				expected.addAll(List.of(rs.getString("case_id"), rs.getString("team"),
						rs.getBigDecimal("score") == null ? "" : rs.getBigDecimal("score").toPlainString(),
						rs.getString("grade")));
			});
		jdbc.sql("select outcome, evidence from case_result where run_id = ? and case_id = ? order by criterion_seq")
			.params(history.runId, row.get(0))
			.query(rs -> {
				expected.addAll(List.of(rs.getString("outcome"), rs.getString("evidence")));
			});
		assertThat(expected).hasSize(4 + 2 * criteria.size());
		assertThat(row).hasSize(expected.size());
		assertThat(new java.math.BigDecimal(row.get(2))).isEqualByComparingTo(expected.get(2));
		assertThat(row.subList(3, row.size())).containsExactlyElementsOf(expected.subList(3, expected.size()));
		assertThat(row.subList(0, 2)).containsExactlyElementsOf(expected.subList(0, 2));
		assertThat(row.get(4)).isIn("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE");
	}

	@Test
	void aSheetLongerThanItsLimitGoesOnInContinuationSheets(@TempDir Path dir) throws IOException {
		QaWorkbook workbook = new QaWorkbook(new QaFindingsRepository(jdbc), 10);
		Path file = dir.resolve("qa-findings.xlsx");
		workbook.write(new BoardPackRepository(jdbc).load(history.runId).run(), file);

		Map<String, List<List<String>>> sheets = XlsxCells.rows(file);
		assertThat(sheets.keySet()).containsSubsequence("North", "North (2)", "North (3)", "North (4)", "Rejected rows",
				"Rejected rows (2)");
		assertThat(sheets.keySet()).first().isEqualTo("Inadequate cases");
		List<String> north = new ArrayList<>();
		for (String name : List.of("North", "North (2)", "North (3)", "North (4)")) {
			List<List<String>> sheet = sheets.get(name);
			assertThat(sheet.get(0).get(0)).isEqualTo("case_id");
			sheet.stream().skip(1).forEach(row -> north.add(row.get(0)));
		}
		List<String> whole = XlsxCells.rows(files.get(2)).get("North").stream().skip(1).map(r -> r.get(0)).toList();
		assertThat(north).hasSize(35).containsExactlyElementsOf(whole);
		assertThat(sheets.get("North (4)")).hasSize(1 + 5);
		assertThat(sheets.get("Rejected rows")).hasSize(1 + 10);
		assertThat(sheets.get("Rejected rows (2)")).hasSize(1 + 4);
	}

	private static String html() throws IOException {
		return Files.readString(files.get(1));
	}
}
