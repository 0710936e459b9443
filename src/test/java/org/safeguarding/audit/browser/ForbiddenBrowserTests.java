package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board member who opens an operator's page gets the forbidden page, in the service's layout,
 * with status 403 and nothing of the operator's; a page that does not exist gets the same layout.
 */
@BrowserTest
class ForbiddenBrowserTests {

	static final String FORBIDDEN = "You do not have access to this page";

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	UserAccounts users;

	@Autowired
	JobDefinitions jobs;

	@Test
	void aBoardMemberOpeningOperatorPagesGetsTheForbiddenPage() {
		this.users.save("forbidden-board", Set.of(Role.BOARD), SignInBrowserTests.PASSWORD, "test", null);
		Flow flow = browsers.flow("forbidden");
		Browser browser = SignInBrowserTests.signIn(flow, "forbidden-board");
		for (String page : new String[] { "/runs", "/jobs" }) {
			flow.open(page, page.substring(1));
			assertThat(browser.path()).isEqualTo(page);
			assertThat(browser.text("main h1")).isEqualTo(FORBIDDEN);
			assertThat(browser.driver().getTitle()).startsWith(FORBIDDEN + " – Safeguarding audit – ");
			inTheLayout(browser, "forbidden-board");
			assertThat(browser.all("main table, main form")).isEmpty();

			HttpResponse<String> response = Http.get(browsers.base() + page, browser.sessionCookie());
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.body()).contains(FORBIDDEN).doesNotContain("<table");
			for (JobDefinition job : this.jobs.all()) {
				assertThat(response.body()).doesNotContain(job.title());
			}
		}
	}

	@Test
	void aPageThatDoesNotExistIsSaidSoInTheLayout() {
		this.users.save("notfound-board", Set.of(Role.BOARD), SignInBrowserTests.PASSWORD, "test", null);
		Flow flow = browsers.flow("not-found");
		Browser browser = SignInBrowserTests.signIn(flow, "notfound-board");
		flow.open("/no-such-page", "page-not-found");
		assertThat(browser.text("main h1")).isEqualTo("Page not found");
		inTheLayout(browser, "notfound-board");
		HttpResponse<String> response = Http.get(browsers.base() + "/no-such-page", browser.sessionCookie());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("no-such-page");
	}

	/** The header names the partnership, the navigation is the user's, the footer links the statement. */
	static void inTheLayout(Browser browser, String username) {
		assertThat(browser.text(".govuk-header")).isEqualTo("Demo Safeguarding Children Partnership");
		assertThat(SignInBrowserTests.texts(browser, ".govuk-service-navigation__link"))
			.containsExactly("Safeguarding audit", "Home", "Board");
		assertThat(browser.text(".app-user-bar")).contains("Signed in as " + username);
		assertThat(SignInBrowserTests.hrefs(browser, ".govuk-footer a")).containsExactly("/accessibility");
	}
}
