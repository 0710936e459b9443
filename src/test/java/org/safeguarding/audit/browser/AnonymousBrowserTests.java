package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

/**
 * What a visitor who is not signed in sees: the sign-in page of a service nobody can use yet, and
 * the accessibility statement.
 */
@BrowserTest
// A fresh application (and database) before this class: the other classes' users must not exist yet.
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class AnonymousBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Test
	void withNoUsersTheSignInPageSaysHowToAddTheFirstAdministrator() {
		Flow flow = browsers.flow("first-user").open("/", "sign-in");
		Browser browser = flow.browser();
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.text(".govuk-inset-text")).contains("Nobody can sign in yet: there are no users.")
			.contains("java -jar safeguarding-audit.jar add-user --username NAME --role ADMIN")
			.contains("There are no default users or passwords.");
		assertThat(browser.all("#username")).hasSize(1);
	}

	@Test
	void theAccessibilityStatementIsOpenToAnyone() {
		statement(browsers.flow("accessibility"));
		assertThat(browsers.withJavaScript().pageScriptRan()).isTrue();
	}

	@Test
	void theAccessibilityStatementWorksWithoutJavaScript() {
		statement(browsers.flowWithoutJavaScript("accessibility"));
		assertThat(browsers.withoutJavaScript().pageScriptRan()).isFalse();
	}

	private static void statement(Flow flow) {
		flow.open("/", "sign-in").click(".govuk-footer a[href='/accessibility']", "statement");
		Browser browser = flow.browser();
		assertThat(browser.path()).isEqualTo("/accessibility");
		assertThat(browser.text("main h1")).isEqualTo("Accessibility statement");
		assertThat(browser.text("main")).contains("WCAG", "axe-core", "Reporting problems");
		assertThat(browser.all(".app-user-bar, .govuk-service-navigation__list")).isEmpty();
	}
}
