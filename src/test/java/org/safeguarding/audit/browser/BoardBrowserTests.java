package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.report.CriterionWords;
import org.safeguarding.audit.report.PublishedHistory;
import org.safeguarding.audit.run.RunProperties;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A board member reads the board's pages in a real browser, with and without JavaScript: signs in,
 * opens the newest period, switches to another with the period picker, opens a criterion, expands a
 * chart's table and downloads the pack (each download in the access log); an unknown period says
 * which value is wrong. axe-core checks each page against WCAG 2.2 AA. The periods are the report
 * tests' history (2026-09 and 2026-10), published into this application's store.
 */
@BrowserTest
@DirtiesContext // the published history is this class's own: later classes start without it
class BoardBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@TempDir
	static java.nio.file.Path out;

	@Autowired
	UserAccounts users;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void publishedPeriods() {
		this.users.save("board-reader", Set.of(Role.BOARD), SignInBrowserTests.PASSWORD, "test", null);
		if (JdbcClient.create(this.dataSource).sql("select count(*) from board_snapshot").query(Integer.class).single() == 0) {
			// The shipped tool's words for each criterion, as a run of it keeps them.
			CriterionWords words = CriterionWords.of(AuditToolLoader.loadLocation(RunProperties.DEFAULT_TOOL));
			PublishedHistory history = PublishedHistory.in(this.dataSource);
			history.publish(history.runOf("2026-09"), out.resolve("2026-09"), words.checks(), words.why());
			history.publish(history.runId(), out.resolve("2026-10"), words.checks(), words.why());
		}
	}

	@Test
	void aBoardMemberReadsTheNewestPeriodSwitchesOpensACriterionAndDownloadsThePack() {
		readTheBoard(browsers.flow("board"));
	}

	@Test
	void withoutJavaScriptToo() {
		readTheBoard(browsers.flowWithoutJavaScript("board"));
	}

	private void readTheBoard(Flow flow) {
		Browser browser = SignInBrowserTests.signIn(flow, "board-reader");
		flow.click(".govuk-service-navigation__link[href='/board']", "newest-period");
		assertThat(browser.path()).isEqualTo("/board");
		assertThat(browser.text("main h1")).isEqualTo(PublishedHistory.PARTNERSHIP + " Board dashboard: October 2026");
		assertThat(browser.all("main svg[role='img']")).hasSizeGreaterThan(10);

		browser.select("#period", "2026-09");
		flow.click("form[action='/board'] button[type='submit']", "picked-period");
		assertThat(browser.path()).isEqualTo("/board/2026-09");
		assertThat(browser.text("main h1")).endsWith("Board dashboard: September 2026");

		flow.click("main h3 a[href='/board/2026-09/criteria/FATHER_IDENTIFIED']", "criterion");
		assertThat(browser.text("main h1")).endsWith("Father identified");
		assertThat(browser.text("main")).contains("Whether the baby's record names the father.", "hidden men");
		assertThat(browser.find("main svg[aria-labelledby='trend-FATHER_IDENTIFIED-title']").isDisplayed()).isTrue();
		String trendTable = "main details.app-chart__figures:not([open]) table";
		assertThat(browser.find(trendTable).isDisplayed()).isFalse();
		browser.find("main details.app-chart__figures:not([open]) summary").click();
		assertThat(browser.find("main details.app-chart__figures table").isDisplayed()).isTrue();
		assertThat(browser.text("main details.app-chart__figures table caption"))
			.isEqualTo("Father identified: compliance by month with its p-chart limits");
		flow.reached("criterion-figures");

		flow.click("a.govuk-back-link", "period-again");
		String pdf = browser.find("#versions a[href$='board-dashboard.pdf']").getDomAttribute("href");
		HttpResponse<String> download = Http.get(browsers.base() + pdf, browser.sessionCookie());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"board-pack-2026-09-run-");
		assertThat(download.body()).startsWith("%PDF-");
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select count(*) from access_log where username = 'board-reader' and action = 'FILE_DOWNLOADED' and target like ?")
			.param("period 2026-09 run % board pack version 1 board-dashboard.pdf")
			.query(Integer.class).single()).isPositive();
		assertThat(browser.all("form[action$='/publish']")).as("only QA officers publish").isEmpty();

		flow.open("/board/2026-13", "period-not-found");
		assertThat(browser.text("main h1")).isEqualTo("Page not found");
		assertThat(browser.text("main")).contains("Period '2026-13' is not a month (YYYY-MM)");
	}
}
