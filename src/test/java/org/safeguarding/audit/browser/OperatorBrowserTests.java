package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguarding.audit.run.RunEngine;
import org.safeguarding.audit.run.RunRequests;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator's console in a real browser: run a job for a month and watch it finish (the page
 * updating itself with JavaScript, a refresh showing it without), read its steps and counts, and
 * restart a run that failed. One job of the test's own, whose folder holds generated drops.
 */
@BrowserTest
@Import(FailOnce.class)
@DirtiesContext // its own jobs folder makes its own application: closed after the class, not kept
class OperatorBrowserTests {

	static final String JOB = "browser-job";

	static final Duration RUN_BOUND = Duration.ofMinutes(3);

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		TestJob job = TestJob.folderJob(JOB, "Browser test job");
		for (String period : new String[] { "2025-01", "2025-02", "2025-03" }) {
			job.drop(period, 60);
		}
		registry.add("audit.jobs.dir", job.jobsFolder()::toString);
		registry.add("audit.jobs.drops-dir", () -> job.root().resolve("pulled").toString());
		registry.add("audit.runs.poll", () -> "200ms");
	}

	@Autowired
	UserAccounts users;

	@Autowired
	RunRequests requests;

	@Autowired
	RunEngine engine;

	@BeforeEach
	void operatorAndEngine() {
		this.users.save("browser-operator", Set.of(Role.OPERATOR), SignInBrowserTests.PASSWORD, "test", null);
		this.engine.start();
	}

	@Test
	void anOperatorRunsAJobForAMonthAndWatchesItFinish() {
		Flow flow = browsers.flow("operator-run");
		Browser browser = SignInBrowserTests.signIn(flow, "browser-operator");
		flow.click(".govuk-service-navigation__link[href='/jobs']", "jobs");
		assertThat(browser.text("main table tbody")).contains(JOB, "Browser test job", "On request only");
		flow.click("main a[href='/runs/new']", "run-a-job");
		browser.select("#job", JOB);
		browser.type("#period", "2025-01");
		flow.click("main form button[type='submit']", "run-queued");
		assertThat(browser.path()).matches("/runs/\\d+");
		assertThat(browser.text(".govuk-notification-banner")).matches("Success Run \\d+ is queued\\.");

		browser.waitUntil("the run's page shows it completed, by itself", RUN_BOUND,
				b -> status(b).equals("COMPLETED"));
		flow.reached("run-completed");
		assertThat(SignInBrowserTests.texts(browser, "main table tbody th")).containsExactly("checkInputsStep",
				"loadExtractStep", "resolveExtractStep", "openRunStep", "scoreCasesStep", "summariseRunStep",
				"publishRunStep");
		assertThat(browser.text("main table tbody")).doesNotContain("FAILED");
		countsAgreeWithSteps(browser);
		assertThat(browser.all(".govuk-button-group a")).isEmpty();

		flow.click("main a.govuk-back-link", "runs");
		assertThat(browser.text("main table tbody tr")).contains(JOB, "January 2025", "COMPLETED",
				"browser-operator");
	}

	@Test
	void anOperatorRestartsARunThatFailed() {
		FailOnce.armed.set(true);
		long id = this.requests.request(JOB, "2025-02", "browser-operator");
		Flow flow = browsers.flow("operator-restart");
		Browser browser = SignInBrowserTests.signIn(flow, "browser-operator");
		browser.open("/runs/" + id);
		browser.waitUntil("the run's page shows it failed, by itself", RUN_BOUND, b -> status(b).equals("FAILED"));
		flow.reached("run-failed");
		// Its kind and step only: an internal failure's own words may quote a drop's values.
		assertThat(browser.text("#run-progress")).contains("Why it ended IllegalStateException in scoreCaseRangeStep:range")
			.doesNotContain(FailOnce.FAILURE);

		flow.click("main a[href='/runs/" + id + "/restart']", "restart-confirm");
		assertThat(browser.text("main h1")).isEqualTo("Restart run " + id + "?");
		flow.click("main form button[type='submit']", "run-restarted");
		assertThat(browser.text(".govuk-notification-banner"))
			.contains("Run " + id + " is queued to restart from the step that failed.");
		browser.waitUntil("the restarted run's page shows it completed", RUN_BOUND,
				b -> status(b).equals("COMPLETED"));
		flow.reached("run-completed");
		assertThat(browser.text("#run-progress")).contains("(restarted 1 time)").doesNotContain("IllegalStateException");
	}

	@Test
	void withoutJavaScriptAnOperatorRunsAJobAndARefreshShowsItsProgress() {
		Flow flow = browsers.flowWithoutJavaScript("operator-run");
		Browser browser = SignInBrowserTests.signIn(flow, "browser-operator");
		flow.open("/runs/new", "run-a-job");
		browser.select("#job", JOB);
		browser.type("#period", "2025-03");
		flow.click("main form button[type='submit']", "run-queued");
		assertThat(browser.text("#run-progress")).contains("without JavaScript, refresh the page to see it");
		browser.waitUntil("a refresh of the run's page shows it completed", RUN_BOUND, b -> {
			b.driver().navigate().refresh();
			return status(b).equals("COMPLETED");
		});
		flow.reached("run-completed");
		countsAgreeWithSteps(browser);
	}

	/**
	 * The run's counts as its steps' rows tell them: the rows the load step read, and the cases
	 * audited as those the scoring step wrote (each baby it read is either audited or left out).
	 */
	private static void countsAgreeWithSteps(Browser browser) {
		String page = browser.text("#run-progress");
		Matcher counts = Pattern.compile("Rows read ([\\d,]+) .* Cases audited (\\d+)").matcher(page);
		Matcher load = Pattern.compile("loadExtractStep COMPLETED ([\\d,]+) ").matcher(page);
		Matcher score = Pattern.compile("scoreCasesStep COMPLETED (\\d+) (\\d+) (\\d+) ").matcher(page);
		assertThat(counts.find() && load.find() && score.find()).as(page).isTrue();
		assertThat(counts.group(1)).isEqualTo(load.group(1));
		assertThat(counts.group(2)).isEqualTo(score.group(2));
		assertThat(Integer.parseInt(score.group(2)) + Integer.parseInt(score.group(3)))
			.isEqualTo(Integer.parseInt(score.group(1)))
			.isPositive();
	}

	@Test
	void theOperatorsFormsNameTheFieldInErrorAndLinkToIt() {
		Flow flow = browsers.flow("operator-forms");
		Browser browser = SignInBrowserTests.signIn(flow, "browser-operator");
		flow.open("/runs/new", "run-a-job");
		browser.type("#period", "2025-13");
		flow.click("main form button[type='submit']", "run-a-job-error");
		errorLinksToField(browser, "period");

		flow.open("/backfills/new", "backfill");
		browser.type("#from", "2025-03");
		browser.type("#to", "2025-01");
		flow.click("main form button[type='submit']", "backfill-error");
		String field = errorLinksToField(browser, null);
		assertThat(field).isIn("from", "to");

		flow.open("/runs?period=May", "runs-filter-error");
		errorLinksToField(browser, "period");
	}

	/** The error summary's one link goes to the field, which is described by its error; returns the field. */
	private static String errorLinksToField(Browser browser, String expected) {
		var link = browser.find(".govuk-error-summary__list a");
		String field = link.getDomAttribute("href").substring(1);
		if (expected != null) {
			assertThat(field).isEqualTo(expected);
		}
		assertThat(browser.text("#" + field + "-error")).isEqualTo("Error: " + link.getText());
		assertThat(browser.find("#" + field).getDomAttribute("aria-describedby")).contains(field + "-error");
		link.click();
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo(field);
		return field;
	}

	/** The run's status as its tag says it. */
	private static String status(Browser browser) {
		return browser.text("#run-progress .govuk-summary-list__value .govuk-tag");
	}
}
