package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A QA officer's month in a real browser, over October 2026 of the worked example's P1 (North)
 * and P4 (South; src/test/resources/qa-month): open the month, a criterion, a case and its
 * chronology; record a review and see the reviewed figure change; draw a sample and draw it again
 * (the same cases); write commentary; then a second officer moderates a case blind and both see
 * the kappa. Every page is checked by axe-core.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "audit.store.data-dir=target/test-postgres/qa-browser-${random.uuid}")
@DirtiesContext // a published month of its own: closed after the class, seen by no other test
class QaOfficerBrowserTests {

	static final String ANN = "qa-ann";

	static final String BOB = "qa-bob";

	/** P1's applicable criteria with the worked example's automated outcomes. */
	static final Map<String, String> P1 = Map.ofEntries(Map.entry("FATHER_IDENTIFIED", "MET"),
			Map.entry("MEN_ASSESSED", "MET"), Map.entry("HOUSEHOLD_VERIFIED", "NOT_MET"), Map.entry("GP_INFORMED", "MET"),
			Map.entry("CHRONOLOGY_CURRENT", "PARTLY_MET"), Map.entry("DA_ENQUIRY_ANTENATAL", "MET"),
			Map.entry("DA_ENQUIRY_POSTNATAL", "NOT_MET"), Map.entry("SAFE_SLEEP", "PARTLY_MET"),
			Map.entry("CRYING_ADVICE", "PARTLY_MET"), Map.entry("PRE_BIRTH_ASSESSMENT", "PARTLY_MET"),
			Map.entry("SUPERVISION_CURRENT", "NOT_MET"));

	/** The radio of each outcome, in the order the form lists them. */
	static final List<String> OUTCOMES = List.of("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE");

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@TempDir
	static Path temp;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditRunner runner;

	@BeforeAll
	void publishOctober() {
		this.users.save(ANN, Set.of(Role.QA_OFFICER), SignInBrowserTests.PASSWORD, "test", null);
		this.users.save(BOB, Set.of(Role.QA_OFFICER), SignInBrowserTests.PASSWORD, "test", null);
		AuditRunner.RunResult result = this.runner.run(TestDrops.qaMonth(temp), "2026-10", null, temp.resolve("out"));
		assertThat(result.completed()).as(result.reason()).isTrue();
	}

	@Test
	void aQaOfficersMonth() {
		Flow flow = browsers.flow("qa-month");
		Browser browser = SignInBrowserTests.signIn(flow, ANN);
		flow.click(".govuk-service-navigation__link[href='/qa']", "months");
		flow.click("main a[href='/qa/2026-10']", "criteria");
		// Neither baby's household was ever verified: 0 of 2, Wilson interval 0.0 to 65.8.
		assertThat(browser.text("#criterion-HOUSEHOLD_VERIFIED")).contains("0.0% (0.0–65.8) 0.0% (0.0–65.8) 0, 0");

		flow.click("#criterion-HOUSEHOLD_VERIFIED a", "criterion");
		assertThat(browser.text("#cases tbody")).contains("P1 North NOT MET", "P4 South NOT MET");
		flow.click("#cases a[href='/qa/2026-10/cases/P1']", "case");
		assertThat(browser.text("#scores")).contains("61.5%, REQUIRES IMPROVEMENT");
		assertThat(browser.text("#audit-date")).contains("31 October 2026 Audit date");
		assertThat(browser.text("#chronology-table tbody tr:last-child")).contains("5 November 2026", "After audit date",
				"Supervision");

		// A reason too short is refused, named in the summary; then the review is saved.
		browser.find("#review-HOUSEHOLD_VERIFIED summary").click();
		browser.find("#outcome-HOUSEHOLD_VERIFIED").click();
		browser.type("#reason-HOUSEHOLD_VERIFIED", "Seen it");
		flow.click("#review-HOUSEHOLD_VERIFIED button[type='submit']", "review-refused");
		assertThat(browser.text(".govuk-error-summary")).contains("reason must be 10 to 2,000 characters (was 7)");
		browser.find("#outcome-HOUSEHOLD_VERIFIED").click();
		browser.type("#reason-HOUSEHOLD_VERIFIED", "Household checked with the family at the visit of 20 October.");
		flow.click("#review-HOUSEHOLD_VERIFIED button[type='submit']", "review-saved");
		assertThat(browser.text(".govuk-notification-banner")).contains("Your review of HOUSEHOLD_VERIFIED is saved");
		assertThat(browser.text("#review-HOUSEHOLD_VERIFIED")).contains("Reviewed as MET by " + ANN);

		flow.open("/qa/2026-10", "criteria-reviewed");
		// Reviewed: P1 met, 1 of 2, 50.0% (9.5 to 90.5); one outcome reviewed, one changed.
		assertThat(browser.text("#criterion-HOUSEHOLD_VERIFIED")).contains("0.0% (0.0–65.8) 50.0% (9.5–90.5) 1, 1");
		assertThat(browser.text("#reviewed-total")).isEqualTo("1 reviewed outcome, 1 changed");

		// Two eligible cases, one per team: a sample of two is both, North's first.
		flow.click("main nav a[href='/qa/2026-10/samples']", "samples");
		browser.type("#size", "2");
		browser.type("#seed", "7");
		browser.type("#exclusionMonths", "0");
		flow.click("main form button[type='submit']", "sample");
		List<String> drawn = SignInBrowserTests.texts(browser, "#sampled-cases tbody td:first-child");
		assertThat(drawn).containsExactly("P1", "P4");
		String first = browser.path();
		flow.click("main form button[type='submit']", "sample-again");
		assertThat(browser.path()).isNotEqualTo(first);
		assertThat(SignInBrowserTests.texts(browser, "#sampled-cases tbody td:first-child")).isEqualTo(drawn);
		String sample = browser.path();

		browser.select("#secondAuditor-P1", BOB);
		flow.click("#sampled-cases tbody tr:first-child button[type='submit']", "moderation-paired");
		assertThat(browser.text("#sampled-cases tbody tr:first-child")).contains(ANN + " and " + BOB);
		flow.click("#sampled-cases tbody tr:first-child a[href*='/moderations/']", "moderation");
		String moderation = browser.path();
		choose(browser, Map.of());
		flow.click("main form button[type='submit']", "moderation-submitted");
		assertThat(browser.text("#auditors")).contains(ANN + ": submitted", BOB + ": not yet submitted");

		flow.open("/qa/2026-10/commentary", "commentary");
		browser.type("#text-overall", "Households are seldom verified; the board should ask health visiting why.");
		flow.click("#commentary-overall button[type='submit']", "commentary-saved");
		assertThat(browser.text("#commentary-overall")).contains("Households are seldom verified", "Version 1, by " + ANN);

		Flow second = browsers.flow("qa-moderation");
		browser.forgetSession();
		SignInBrowserTests.signIn(second, BOB);
		second.open(moderation, "blind");
		assertThat(browser.all("#moderated-outcomes")).isEmpty();
		assertThat(browser.text("#auditors")).contains(ANN + ": submitted");
		// Bob differs on two of the eleven: p_o 9/11, p_e 42/121, κ 57/79 = 0.72 (0.37 to 1.00).
		choose(browser, Map.of("HOUSEHOLD_VERIFIED", "MET", "SAFE_SLEEP", "MET"));
		second.click("main form button[type='submit']", "both-submitted");
		assertThat(browser.text("#moderated-outcomes")).contains("Both auditors' outcomes");
		second.click("main a[href='/qa/2026-10/agreement']", "agreement");
		assertThat(browser.text("#agreement-overall")).contains("κ 0.72 (95% interval 0.37 to 1.00), n = 11 pairs");
		second.open(sample, "sample-moderated");
	}

	/** Gives every applicable criterion of P1 its automated outcome, or the one changed. */
	private static void choose(Browser browser, Map<String, String> changes) {
		P1.forEach((criterion, automated) -> {
			int radio = OUTCOMES.indexOf(changes.getOrDefault(criterion, automated));
			String id = "outcomes." + criterion + ((radio == 0) ? "" : "-" + (radio + 1));
			browser.find("[id='" + id + "']").click();
		});
	}
}
