package org.safeguarding.audit.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The QA officers' drill-down, case page and reviews over a published month: the worked example's
 * baby P1 (North; its outcomes are babies-under-one.md's worked example) and P4 (South: no
 * relationships, no events), with a record of P1's mother from 2011 and one of P1 after the audit
 * date (src/test/resources/qa-month). Expected figures are worked out by hand in each test.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"spring.main.web-application-type=servlet" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QaPagesIntegrationTests {

	static final String OFFICER = "officer-ann";

	static final String REASON = "Household checked with the family at the home visit of 20 October.";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditRunner runner;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path temp;

	long run;

	@BeforeAll
	void publishOctober() {
		this.users.save(OFFICER, Set.of(Role.QA_OFFICER), "a password long enough", "test", null);
		this.users.save("officer-bob", Set.of(Role.QA_OFFICER), "a password long enough", "test", null);
		AuditRunner.RunResult result = this.runner.run(TestDrops.qaMonth(temp), "2026-10", null, temp.resolve("out"));
		assertThat(result.completed()).as(result.reason()).isTrue();
		this.run = result.runId();
	}

	@Test
	@Order(1)
	void aReviewChangesTheReviewedFigureAndIsInReviewsCsv() throws Exception {
		// HOUSEHOLD_VERIFIED applies always and neither baby was ever verified: 0 of 2 met. P1
		// reviewed as MET: 1 of 2, 50.0%, Wilson interval (z 1.96) 9.5 to 90.5.
		String before = page("/qa/2026-10");
		assertThat(row(before, "HOUSEHOLD_VERIFIED")).contains("0.0% (0.0–65.8)").contains(">0, 0<");
		assertThat(before).contains("0 reviewed outcomes, 0 changed");
		MvcResult saved = this.mvc.perform(as(post("/qa/2026-10/cases/P1/reviews").param("criterion", "HOUSEHOLD_VERIFIED")
				.param("outcome", "MET").param("reason", REASON).param("version", "0"))).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/qa/2026-10/cases/P1#review-HOUSEHOLD_VERIFIED");
		String after = page("/qa/2026-10");
		assertThat(row(after, "HOUSEHOLD_VERIFIED")).contains("0.0% (0.0–65.8)").contains("50.0% (9.5–90.5)")
			.contains(">1, 1<");
		assertThat(after).contains("1 reviewed outcome, 1 changed");
		String casePage = page("/qa/2026-10/cases/P1");
		assertThat(casePage).contains("Reviewed as MET by " + OFFICER).contains(REASON);
		String reviewedAt = this.jdbc.sql("""
				select to_char(reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from review
				where case_id = 'P1' and criterion = 'HOUSEHOLD_VERIFIED'""").query(String.class).single();
		MvcResult csv = this.mvc.perform(as(get("/runs/" + this.run + "/files/reviews.csv"))).andReturn();
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(
				"case_id,team,criterion,automated_outcome,reviewed_outcome,reviewer,reviewed_at,reason,data_changed\n"
						+ "P1,North,HOUSEHOLD_VERIFIED,NOT_MET,MET," + OFFICER + "," + reviewedAt + "," + REASON + ",false\n");
		assertThat(logged("REVIEW_RECORDED")).contains("period 2026-10 case P1 HOUSEHOLD_VERIFIED version 1");
		assertThat(logged("FILE_DOWNLOADED")).contains("run " + this.run + " reviews.csv");
	}

	@Test
	void aPublishedRunHasTheIndexItsCriterionListsAreReadThrough() {
		// Built with the outcomes' other index once they are all in (index_run_results, V43), before
		// the run is published.
		// The period's newest published run: the QA officers' month tests share this store.
		long published = this.jdbc.sql("""
				select run_id from audit_run where period = '2026-10' and status = 'PUBLISHED'
				order by run_id desc limit 1""").query(Long.class).single();
		assertThat(this.jdbc.sql("select indexdef from pg_indexes where indexname = :name")
			.param("name", "case_result_run_" + published + "_criterion")
			.query(String.class)
			.single()).endsWith("(criterion, outcome, case_id) INCLUDE (team)");
	}

	@Test
	void thePublishedMonthsLinkToEachMonth() throws Exception {
		assertThat(page("/qa")).contains("href=\"/qa/2026-10\"").contains("October 2026");
	}

	@Test
	void aCriterionListsItsNotMetCasesFirstAndFiltersByTeam() throws Exception {
		// FATHER_IDENTIFIED: P1 has P3 as father (MET), P4 no relationship at all (NOT_MET): P4
		// comes first although P1 is first in byte order.
		String all = page("/qa/2026-10/criteria/FATHER_IDENTIFIED");
		assertThat(all).contains("2 cases, showing 1 to 2.");
		assertThat(all.indexOf("/qa/2026-10/cases/P4")).isPositive().isLessThan(all.indexOf("/qa/2026-10/cases/P1"));
		// Each outcome as a tag whose word says it and whose colour repeats it.
		assertThat(all).contains("<strong class=\"govuk-tag govuk-tag--red\">NOT MET</strong>",
				"<strong class=\"govuk-tag govuk-tag--green\">MET</strong>");
		String north = page("/qa/2026-10/criteria/FATHER_IDENTIFIED?team=North");
		assertThat(north).contains("1 case, showing 1 to 1.").contains("/qa/2026-10/cases/P1")
			.doesNotContain("/qa/2026-10/cases/P4");
		String notMet = page("/qa/2026-10/criteria/FATHER_IDENTIFIED?outcome=NOT_MET");
		assertThat(notMet).contains("/qa/2026-10/cases/P4").doesNotContain("/qa/2026-10/cases/P1\"");
		// Lists of case ids are case-level: each view is in the access log with its filters.
		assertThat(logged("CASE_LIST_VIEWED")).contains("period 2026-10 criterion FATHER_IDENTIFIED page 1",
				"period 2026-10 criterion FATHER_IDENTIFIED team North page 1",
				"period 2026-10 criterion FATHER_IDENTIFIED outcome NOT_MET page 1");
	}

	@Test
	void aCriterionsCasesDownloadAsCsvNotMetFirst() throws Exception {
		MvcResult csv = this.mvc.perform(as(get("/qa/2026-10/criteria/FATHER_IDENTIFIED/cases.csv"))).andReturn();
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		List<String> lines = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("case_id,team,criterion,outcome,evidence,reviewed_outcome");
		assertThat(lines.get(1)).startsWith("P4,South,FATHER_IDENTIFIED,NOT_MET,");
		assertThat(lines.get(2)).startsWith("P1,North,FATHER_IDENTIFIED,MET,");
		assertThat(logged("FILE_DOWNLOADED"))
			.contains("period 2026-10 criterion FATHER_IDENTIFIED 2026-10-FATHER_IDENTIFIED-cases.csv");
	}

	@Test
	void badFiltersAreNamedInTheErrorSummary() throws Exception {
		String page = page("/qa/2026-10/criteria/FATHER_IDENTIFIED?outcome=MAYBE&team=Nowhere&page=x");
		assertThat(page).contains("There is a problem")
			.contains("outcome must be one of MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE (was &#39;MAYBE&#39;)")
			.contains("team &#39;Nowhere&#39; has no cases in 2026-10").contains("href=\"#team\"");
		assertNotFound("/qa/2026-13", "period '2026-13' is not a month (YYYY-MM)");
		assertNotFound("/qa/2020-01", "period 2020-01 has no published audit run");
		assertNotFound("/qa/2026-10/cases/P9", "case 'P9' is not one of the audited cases of 2026-10");
		assertNotFound("/qa/2026-10/criteria/NO_SUCH", "criterion 'NO_SUCH' is not a criterion of tool");
		// The page not found, as the forward renders it, says so.
		MvcResult notFound = this.mvc.perform(as(get("/qa/not-found")).requestAttr(QaPageAdvice.class.getName() + ".problem",
				"case 'P9' is not one of the audited cases of 2026-10")).andReturn();
		assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
		assertThat(notFound.getResponse().getContentAsString()).contains("Page not found")
			.contains("The address is not right: case &#39;P9&#39; is not one of the audited cases of 2026-10.");
	}

	@Test
	void theCasePageShowsOutcomesAndTheChronologyAroundTheAuditDate() throws Exception {
		MvcResult result = this.mvc.perform(as(get("/qa/2026-10/cases/P1"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		String page = result.getResponse().getContentAsString();
		// The worked example: 16 of 26 points, 61.5, REQUIRES IMPROVEMENT.
		assertThat(page).contains("61.5%, REQUIRES IMPROVEMENT");
		// By hand, from the drop: the undated relationships, then P3's and P2's births, P2's
		// episode of 2011, P1's records of 2026 in date order, the audit date, the November supervision.
		String chronology = page.substring(page.indexOf("id=\"chronology-table\""));
		assertThat(chronology).containsSubsequence("Relationship recorded: mother", "Relationship recorded: father",
				"1 January 1990", "P3 (Father)", "1 January 1995", "P2 (Mother)", "1 March 2011",
				"Referral to children&#39;s social care", "team Leaving care", "closed 1 January 2012", "10 May 2026",
				"Da enquiry", "15 June 2026", "team North", "19 June 2026", "Gp notified", "20 June 2026",
				"Carer assessment", "25 June 2026", "Pre birth assessment", "1 July 2026", "P1 (Baby)", "Born",
				"3 July 2026", "Safe sleep advice", "3 July 2026", "Coping with crying advice", "1 September 2026",
				"Chronology updated", "id=\"audit-date\"", "31 October 2026", "5 November 2026", "After audit date",
				"Supervision");
		assertThat(chronology.split("After audit date", -1)).hasSize(2);
		assertThat(logged("CASE_VIEWED")).contains("period 2026-10 case P1");
	}

	@Test
	void reviewsRefusedForBadInputSaveNothing() throws Exception {
		int before = reviewCount();
		assertRefused("CRYING_ADVICE", "MET", "Too short", "reason-CRYING_ADVICE",
				"reason must be 10 to 2,000 characters (was 9)");
		assertRefused("CRYING_ADVICE", "MET", "x".repeat(2001), "reason-CRYING_ADVICE",
				"reason must be 10 to 2,000 characters (was 2,001)");
		assertRefused("CRYING_ADVICE", "MAYBE", REASON, "outcome-CRYING_ADVICE",
				"outcome must be one of MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE (was &#39;MAYBE&#39;)");
		assertRefused("CRYING_ADVICE", null, REASON, "outcome-CRYING_ADVICE", "outcome must be one of");
		assertRefused("BRUISING_RESPONSE", "MET", REASON, "criterion-BRUISING_RESPONSE",
				"criterion BRUISING_RESPONSE does not apply to case P1 in 2026-10");
		assertThat(reviewCount()).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoOfficersSavingFromTheSameVersionIsToldWhoSavedFirst() throws Exception {
		MvcResult first = this.mvc.perform(as(post("/qa/2026-10/cases/P4/reviews").param("criterion", "FATHER_IDENTIFIED")
				.param("outcome", "PARTLY_MET").param("reason", REASON).param("version", "0"))).andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		int before = reviewCount();
		MvcResult second = this.mvc.perform(post("/qa/2026-10/cases/P4/reviews").param("criterion", "FATHER_IDENTIFIED")
				.param("outcome", "MET").param("reason", "Another officer's judgement.").param("version", "0")
				.with(csrf()).with(user("officer-bob").roles("QA_OFFICER"))).andReturn();
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(second.getResponse().getContentAsString()).contains("href=\"#outcome-FATHER_IDENTIFIED\"")
			.contains("Not saved: the review of case P4, FATHER_IDENTIFIED in 2026-10 was saved by " + OFFICER)
			.contains("(version 1) after the version you edited (0)");
		assertThat(reviewCount()).isEqualTo(before);
	}

	@Test
	void aCaseShowsEachReviewWithItsEarlierVersionsAndARefusedFormAsTyped() throws Exception {
		String earlier = "Partly: the father <b>named</b> & his address not checked.";
		assertThat(this.mvc.perform(as(post("/qa/2026-10/cases/P4/reviews").param("criterion", "HOUSEHOLD_VERIFIED")
			.param("outcome", "PARTLY_MET").param("reason", earlier).param("version", "0"))).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc.perform(post("/qa/2026-10/cases/P4/reviews").param("criterion", "HOUSEHOLD_VERIFIED")
			.param("outcome", "MET").param("reason", REASON).param("version", "1").with(csrf())
			.with(user("officer-bob").roles("QA_OFFICER"))).andReturn().getResponse().getStatus()).isEqualTo(302);
		String shown = page("/qa/2026-10/cases/P4");
		String review = section(shown, "review-HOUSEHOLD_VERIFIED");
		assertThat(review).contains("Reviewed as MET by officer-bob, ").contains("(version 2).").contains(REASON)
			.contains("Earlier reviews").contains("Version 1: PARTLY MET by " + OFFICER + ", ")
			.contains("Partly: the father &lt;b&gt;named&lt;/b&gt; &amp; his address not checked.")
			.doesNotContain("<b>named").doesNotContain("Version 2:")
			.contains("Review again: ").contains("name=\"version\" value=\"2\"")
			.contains("Reviewed outcome (automated: NOT MET)");
		assertThat(shown).doesNotContain("checked=\"checked\"").doesNotContain("open=\"open\"");

		MvcResult refused = this.mvc.perform(as(post("/qa/2026-10/cases/P4/reviews").param("criterion", "HOUSEHOLD_VERIFIED")
			.param("outcome", "NOT_MET").param("reason", "Too short").param("version", "2"))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		String page = refused.getResponse().getContentAsString();
		String form = section(page, "review-HOUSEHOLD_VERIFIED");
		// Only the refused form opens, with the outcome chosen (the third radio) and the reason typed.
		assertThat(page.split("checked=\"checked\"", -1)).hasSize(2);
		assertThat(page.split("open=\"open\"", -1)).hasSize(2);
		assertThat(form).contains("<details class=\"govuk-details\" open=\"open\">")
			.contains("value=\"NOT_MET\" id=\"outcome-HOUSEHOLD_VERIFIED-3\" checked=\"checked\"")
			.contains(">Too short</textarea>")
			.contains("aria-describedby=\"reason-HOUSEHOLD_VERIFIED-hint reason-HOUSEHOLD_VERIFIED-error\"")
			.contains("id=\"reason-HOUSEHOLD_VERIFIED-error\"")
			.contains("reason must be 10 to 2,000 characters (was 9)");
	}

	private void assertRefused(String criterion, String outcome, String reason, String field, String message)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/qa/2026-10/cases/P1/reviews").param("criterion", criterion)
			.param("reason", reason).param("version", "0");
		if (outcome != null) {
			request.param("outcome", outcome);
		}
		MvcResult result = this.mvc.perform(as(request)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("There is a problem").contains("href=\"#" + field + "\"").contains(message)
			.contains("id=\"" + (field.startsWith("criterion-") ? field : field + "-error") + "\"");
	}

	private void assertNotFound(String path, String problem) throws Exception {
		MvcResult result = this.mvc.perform(as(get(path))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/qa/not-found");
		assertThat((String) result.getRequest().getAttribute(QaPageAdvice.class.getName() + ".problem")).startsWith(problem);
	}

	private int reviewCount() {
		return this.jdbc.sql("select count(*) from review").query(Integer.class).single();
	}

	private List<String> logged(String action) {
		return this.jdbc.sql("select target from access_log where action = :action and username = :user")
			.param("action", action).param("user", OFFICER).query(String.class).list();
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(as(get(path))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** A criterion's review section of a case page: from its id to the next criterion's review. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		int end = page.indexOf("id=\"review-", start + 1);
		return page.substring(start, (end < 0) ? page.length() : end);
	}

	/** The period page's table row of one criterion. */
	private static String row(String page, String criterion) {
		int start = page.indexOf("id=\"criterion-" + criterion + "\"");
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(OFFICER).roles("QA_OFFICER"));
	}
}
