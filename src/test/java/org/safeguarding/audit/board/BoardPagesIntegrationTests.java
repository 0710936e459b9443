package org.safeguarding.audit.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.report.PublishedHistory;
import org.safeguarding.audit.review.ActionForm;
import org.safeguarding.audit.review.Commentaries;
import org.safeguarding.audit.review.LearningActions;
import org.safeguarding.audit.review.ReviewForm;
import org.safeguarding.audit.review.Reviews;
import org.safeguarding.audit.run.RunProperties;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board's pages and downloads, served from the kept pack of a period built to have counts from
 * 1 to 5 in cells (bruising: 3 cases), rows (the Hospital team's 3 cases) and columns (its team
 * tables): every figure on the page is the pack's printed figure, suppressed the same way; the
 * commentary and open actions show without their authors; no identifier of a case or person
 * reaches a board member; every kept version of the pack can be downloaded, and each download is
 * in the access log.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}", "audit.store.durable=false",
		"spring.main.web-application-type=servlet", "audit.test.context=board-pages" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardPagesIntegrationTests {

	static final String BOARD = "board-member";

	static final String QA = "qa-officer-ann";

	static final String COMMENT = "Fathers are better recorded since the training in the summer.";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAccounts users;

	@Autowired
	Commentaries commentaries;

	@Autowired
	LearningActions actions;

	@Autowired
	BoardSnapshots snapshots;

	@Autowired
	Reviews reviews;

	@TempDir
	static Path dir;

	PublishedHistory history;

	List<String> pack;

	BoardFigures figures;

	@BeforeAll
	void publishTwoPeriods() {
		this.users.save(BOARD, Set.of(Role.BOARD), "a password long enough", "test", null);
		this.users.save(QA, Set.of(Role.QA_OFFICER), "a password long enough", "test", null);
		this.history = PublishedHistory.in(this.dataSource);
		this.history.publish(this.history.runOf("2026-09"), dir.resolve("2026-09"), Map.of());
		this.history.publish(this.history.runId(), dir.resolve("2026-10"),
				Map.of("FATHER_IDENTIFIED", "Whether the baby's record names the father."),
				Map.of("FATHER_IDENTIFIED", "A father nobody has identified cannot be assessed."));
		// The QA officers' writing belongs to a period's published run.
		JdbcClient.create(this.dataSource).sql("update audit_run set status = 'PUBLISHED' where run_id = ?")
			.param(this.history.runId()).update();
		this.commentaries.save("babies-under-one", "2026-10", "", COMMENT, 0, QA);
		this.commentaries.save("babies-under-one", "2026-10", "FATHER_IDENTIFIED", "West's fall is being looked into.", 0, QA);
		this.actions.create("babies-under-one", "2026-10",
				new ActionForm("Refresher on recording fathers", "FATHER_IDENTIFIED", "West", "2026-01-31", "OPEN"), QA);
		this.actions.create("babies-under-one", "2026-10",
				new ActionForm("Audit safe sleep leaflets", "SAFE_SLEEP", "North", LocalDate.now().plusYears(1).toString(),
						"OPEN"), QA);
		this.pack = this.history.packText(this.history.runId());
		this.figures = this.snapshots.latestFor(java.time.YearMonth.of(2026, 10)).orElseThrow().figures();
	}

	@Test
	void theBoardOpensOnTheNewestPeriodAndCanPickAnother() throws Exception {
		String page = page("/board", 200);
		assertThat(PageText.text(page)).contains("Board dashboard: October 2026", PublishedHistory.PARTNERSHIP);
		assertThat(page).contains("<option value=\"2026-10\" selected=\"selected\">October 2026</option>",
				"<option value=\"2026-09\">September 2026</option>", "href=\"/board/2026-09\"");
		MockHttpServletResponse picked = response(get("/board").param("period", "2026-09"));
		assertThat(picked.getStatus()).isEqualTo(302);
		assertThat(picked.getRedirectedUrl()).isEqualTo("/board/2026-09");
		assertThat(PageText.text(page("/board/2026-09", 200))).contains("Board dashboard: September 2026");
	}

	@Test
	void everyCriterionsRowIsThePacksPrintedRow() throws Exception {
		List<List<String>> rows = PageText.rows(page("/board/2026-10", 200));
		for (CriterionFigures c : this.figures.criteria()) {
			int at = this.pack.indexOf(c.code());
			List<String> printed = new ArrayList<>(List.of(c.number(), this.pack.get(at - 1)));
			printed.addAll(this.pack.subList(at + 1, at + 8));
			assertThat(rows).as(c.code()).contains(printed);
		}
		// Bruising applies to 3 cases (2 met, 1 partly met): every count from 1 to 5 is c.
		assertThat(rows).contains(List.of("11", "Response to bruising in a non-mobile baby", "c", "c", "c", "0", "c", "c", "c"));
	}

	@Test
	void theCoverChangesTeamsAndDataQualityAreThePacks() throws Exception {
		String page = page("/board/2026-10", 200);
		String text = PageText.text(page);
		List<List<String>> rows = PageText.rows(page);
		int grades = this.pack.indexOf("Share");
		for (int i = 0; i < this.figures.grades().size(); i++) {
			assertThat(rows).contains(this.pack.subList(grades + 1 + 3 * i, grades + 4 + 3 * i));
		}
		assertThat(text).contains(this.figures.casesAudited(), this.figures.ragSummary(),
				"GP informed: up from 39.8% to 90.6% (p < 0.001).");
		// Worked by hand (AuditHistory): Hospital's 3 cases hide its row and South's smallest counts.
		assertThat(rows).contains(List.of("East", "30", "26", "c", "c", "86.7%", this.figures.teams("FATHER_IDENTIFIED")
			.orElseThrow().rows().get(0).position()), List.of("Hospital", "c", "c", "0", "0", "c", "c"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("South", "c", "c", "c", "c", "c"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("All teams", "128", "113", "8", "7", "88.3%"));
		this.figures.trends().forEach(t -> assertThat(text).contains(t.title(), t.trend()));
		assertThat(text).contains("Special-cause variation: June 2026 (below).");
		this.figures.headline().forEach(t -> assertThat(text).contains(t.outliers(), t.comparison()));
		this.figures.dataQuality().tables().forEach(t -> assertThat(rows)
			.contains(List.of(t.table(), t.files(), t.rowsRead(), t.rowsLoaded(), t.rowsRejected(), t.rejectedShare())));
		this.figures.dataQuality().reasons().forEach(r -> assertThat(rows).contains(List.of(r.table(), r.reason(), r.rows())));
		assertThat(page).contains("role=\"img\"", "<desc id=\"compliance-desc\">", "<details class=\"govuk-details app-chart__figures\"");
	}

	@Test
	void aCriterionsPageSaysWhyAndShowsItsTrendTeamsCommentaryAndActions() throws Exception {
		String page = page("/board/2026-10/criteria/FATHER_IDENTIFIED", 200);
		String text = PageText.text(page);
		assertThat(text).contains("Father identified", "What it checks Whether the baby's record names the father.",
				"Why it matters A father nobody has identified cannot be assessed.",
				"West's fall is being looked into.", "Refresher on recording fathers", "Overdue",
				this.figures.trend("FATHER_IDENTIFIED").orElseThrow().trend())
			.doesNotContain("Audit safe sleep leaflets", COMMENT);
		assertThat(page).contains("id=\"trend-FATHER_IDENTIFIED-title\"", "id=\"funnel-FATHER_IDENTIFIED-title\"");
		List<List<String>> rows = PageText.rows(page);
		// The trend's table: 12 months, as printed.
		assertThat(rows).filteredOn(r -> r.size() == 5 && r.get(0).matches("[A-Z][a-z]+ 20\\d\\d")).hasSize(12);
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("All teams", "128", "113", "8", "7", "88.3%"));
		String bruising = PageText.text(page("/board/2026-10/criteria/BRUISING_RESPONSE", 200));
		assertThat(bruising).contains("Compliance c", "Met, partly met, not met c, c, 0", "Counts from 1 to 5");
	}

	@Test
	void theCoverShowsTheCommentaryAndOpenActionsOverdueFirstAndNoAuthor() throws Exception {
		String text = PageText.text(page("/board/2026-10", 200));
		assertThat(text).contains(COMMENT);
		assertThat(text.indexOf("Refresher on recording fathers")).isLessThan(text.indexOf("Audit safe sleep leaflets"));
		assertThat(text).doesNotContain(QA);
	}

	@Test
	void noIdentifierOfACaseOrPersonReachesTheBoard() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/board", "/board/2026-10", "/board/2026-09"));
		this.figures.criteria().forEach(c -> paths.add("/board/2026-10/criteria/" + c.code()));
		for (String path : paths) {
			assertThat(PublishedHistory.IDENTIFIER.matcher(page(path, 200)).find()).as(path).isFalse();
		}
		for (PackVersion v : this.snapshots.versions(java.time.YearMonth.of(2026, 10))) {
			String base = "/board/2026-10/packs/" + v.runId() + "/" + v.packVersion() + "/";
			String html = new String(download(base + "board-dashboard.html").getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(PublishedHistory.IDENTIFIER.matcher(html).find()).isFalse();
			assertThat(PublishedHistory.IDENTIFIER.matcher(pdfText(download(base + "board-dashboard.pdf"))).find()).isFalse();
		}
	}

	@Test
	void eachVersionOfThePackIsKeptListedAndDownloadedIntoTheAccessLog() throws Exception {
		long run = this.history.runOf("2026-09");
		MockHttpServletResponse first = download("/board/2026-09/packs/" + run + "/1/board-dashboard.pdf");
		assertThat(first.getContentType()).isEqualTo("application/pdf");
		assertThat(first.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"board-pack-2026-09-run-" + run + "-v1.pdf\"");
		assertThat(first.getHeader("Cache-Control")).contains("no-store");
		byte[] version1 = first.getContentAsByteArray();
		assertThat(new String(version1, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		this.history.publish(run, dir.resolve("2026-09-again"), Map.of("GP_INFORMED", "GPs were not told."));
		assertThat(download("/board/2026-09/packs/" + run + "/1/board-dashboard.pdf").getContentAsByteArray())
			.isEqualTo(version1);
		MockHttpServletResponse html = download("/board/2026-09/packs/" + run + "/2/board-dashboard.html");
		assertThat(html.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("<html");
		List<List<String>> versions = PageText.rows(page("/board/2026-09", 200)).stream()
			.filter(r -> r.get(0).startsWith("Run " + run + ", version")).toList();
		assertThat(versions).extracting(r -> r.get(0)).containsExactly("Run " + run + ", version 2", "Run " + run + ", version 1");
		assertThat(versions).extracting(r -> r.get(2)).containsOnly("Automated");
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select count(*) from access_log where username = ? and action = 'FILE_DOWNLOADED' and target = ?")
			.params(BOARD, "period 2026-09 run " + run + " board pack version 1 board-dashboard.pdf")
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void anUnknownOrMalformedPeriodCriterionOrFileIsNotFoundAndSaysWhich() throws Exception {
		assertThat(PageText.text(page("/board/2026-13", 404))).contains("Period '2026-13' is not a month (YYYY-MM)");
		assertThat(PageText.text(page("/board/October", 404))).contains("Period 'October' is not a month (YYYY-MM)");
		assertThat(PageText.text(page("/board/2001-01", 404))).contains("No board pack has been published for January 2001");
		assertThat(PageText.text(page("/board/2026-10/criteria/NOPE", 404)))
			.contains("Criterion 'NOPE' is not a criterion of the October 2026 board pack");
		long run = this.history.runId();
		assertThat(missingFile("/board/2026-10/packs/" + run + "/1/manifest.json"))
			.isEqualTo("'manifest.json' is not a file of the board pack (board-dashboard.pdf or board-dashboard.html)");
		assertThat(missingFile("/board/2026-10/packs/" + run + "/99/board-dashboard.pdf"))
			.isEqualTo("run " + run + " has no version 99 of the board pack for October 2026");
		assertThat(missingFile("/board/2026-09/packs/" + run + "/1/board-dashboard.pdf"))
			.isEqualTo("run " + run + " has no version 1 of the board pack for September 2026");
		assertThat(missingFile("/board/2026-10/packs/x1/1/board-dashboard.pdf")).isEqualTo("run 'x1' is not a whole number from 1");
	}

	/** A download that is not there: 404, forwarded to the error page with the message it shows. */
	private String missingFile(String path) throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(get(path).with(user(BOARD).roles("BOARD")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/board/not-found");
		return (String) result.getRequest().getAttribute(BoardController.class.getName() + ".notFound");
	}

	@Test
	@Order(Integer.MAX_VALUE) // last: the period's newest pack is then the reviewed one
	void aQaOfficerPublishesTheReviewedFiguresAsANewVersionAndTheEarlierStays() throws Exception {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		// The history's run as if scored with the product's own tool file (the same criteria, in order).
		jdbc.sql("update audit_run set tool_sha256 = ? where run_id = ?")
			.params(AuditToolLoader.loadLocation(RunProperties.DEFAULT_TOOL).sha256(), this.history.runId())
			.update();
		String caseId = jdbc.sql("""
				select min(case_id) from case_result
				where run_id = ? and criterion = 'FATHER_IDENTIFIED' and outcome = 'MET' and team = 'East'""")
			.param(this.history.runId()).query(String.class).single();
		this.reviews.save(new ReviewForm("babies-under-one", "2026-10", caseId, "FATHER_IDENTIFIED", "NOT_MET",
				"The man recorded as father is the mother's brother.", 0), QA);
		int before = this.snapshots.versions(java.time.YearMonth.of(2026, 10)).size();

		MockHttpServletResponse published = this.mvc.perform(post("/board/2026-10/publish").with(csrf())
			.with(user(QA).roles("QA_OFFICER"))).andReturn().getResponse();
		assertThat(published.getStatus()).isEqualTo(302);
		assertThat(published.getRedirectedUrl()).isEqualTo("/board/2026-10");
		List<PackVersion> versions = this.snapshots.versions(java.time.YearMonth.of(2026, 10));
		assertThat(versions).hasSize(before + 1);
		PackVersion reviewed = versions.get(0);
		assertThat(reviewed.reviewedOutcomes()).isEqualTo(1);
		assertThat(reviewed.changedOutcomes()).isEqualTo(1);
		assertThat(versions.subList(1, versions.size())).noneMatch(PackVersion::reviewed);

		// By hand: FATHER_IDENTIFIED was 113 met, 8 partly, 7 not of 128; one met is now not met:
		// 112 / 128 = 87.5%. East was 30: 26, 2, 2 and is now 25, 2, 3. Hospital's 3 met now hides
		// the smallest other met, East's 25 (tied with South's, East first), so East's compliance too;
		// Hospital's 3 applicable still hides South's 28.
		String page = page("/board/2026-10", 200);
		List<List<String>> rows = PageText.rows(page);
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("1", "Father identified", "128", "112", "8", "8", "87.5%"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("All teams", "128", "112", "8", "8", "87.5%"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("East", "30", "c", "c", "c", "c"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("South", "c", "25", "c", "c", "c"));
		assertThat(PageText.text(page)).contains("Reviewed figures.", "1 outcome reviewed, 1 changed.")
			.doesNotContain(caseId);
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Run " + this.history.runId() + ", version "
				+ reviewed.packVersion()).contains("Reviewed (1 reviewed, 1 changed)"));
		String pdf = pdfText(download("/board/2026-10/packs/" + reviewed.runId() + "/" + reviewed.packVersion()
				+ "/board-dashboard.pdf")).replaceAll("\\s+", " ");
		assertThat(pdf).contains("Reviewed figures: the QA officers' reviewed outcomes in place of the automated ones (1 outcome reviewed, 1 changed).")
			.doesNotContain(caseId);
		PackVersion earlier = versions.get(1);
		assertThat(pdfText(download("/board/2026-10/packs/" + earlier.runId() + "/" + earlier.packVersion()
				+ "/board-dashboard.pdf"))).doesNotContain("Reviewed figures");
		assertThat(jdbc.sql("select count(*) from access_log where username = ? and action = 'BOARD_PACK_PUBLISHED'")
			.param(QA).query(Integer.class).single()).isEqualTo(1);
	}

	private String page(String path, int status) throws Exception {
		MockHttpServletResponse response = response(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse download(String path) throws Exception {
		MockHttpServletResponse response = response(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse response(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user(BOARD).roles("BOARD"))).andReturn().getResponse();
	}

	private static String pdfText(MockHttpServletResponse pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
