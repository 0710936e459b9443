package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;

/** Signing in in a real browser, with JavaScript on and off, and the lock after five wrong passwords. */
@BrowserTest
class SignInBrowserTests {

	static final String PASSWORD = "correct-horse-battery";

	static final String SUBMIT = "form[action='/sign-in'] button[type='submit']";

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	UserAccounts users;

	@Test
	void signingInLandsOnTheHomePageListingOnlyWhatTheRolesAllow() {
		this.users.save("signin-board", Set.of(Role.BOARD), PASSWORD, "test", null);
		Browser browser = signIn(browsers.flow("sign-in"), "signin-board");
		assertThat(browser.pageScriptRan()).isTrue();
		assertThat(hrefs(browser, "main a")).containsExactly("/board");
		assertThat(texts(browser, ".govuk-service-navigation__link")).containsExactly("Safeguarding audit", "Home",
				"Board");
	}

	@Test
	void signingInWithoutJavaScriptLandsOnTheSameHomePage() {
		this.users.save("signin-operator", Set.of(Role.OPERATOR, Role.ADMIN), PASSWORD, "test", null);
		Browser browser = signIn(browsers.flowWithoutJavaScript("sign-in"), "signin-operator");
		assertThat(browser.pageScriptRan()).isFalse();
		assertThat(hrefs(browser, "main a")).containsExactly("/runs", "/jobs", "/admin/users", "/admin/access-log");
		assertThat(texts(browser, ".govuk-service-navigation__link")).containsExactly("Safeguarding audit", "Home",
				"Runs", "Jobs", "Users", "Access log");
	}

	@Test
	void fiveWrongPasswordsLockTheUserNameAndTheSixthWithTheRightOneIsRefused() {
		this.users.save("signin-locked", Set.of(Role.QA_OFFICER), PASSWORD, "test", null);
		Flow flow = browsers.flow("lockout").open("/sign-in", "sign-in");
		Browser browser = flow.browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.type("#username", "signin-locked");
			browser.type("#password", "wrong-password-" + attempt);
			browser.clickAndWait(SUBMIT);
			if (attempt == 1) {
				flow.reached("wrong-password");
				assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct user name and password");
			}
			else {
				flow.reachedAgain("wrong password " + attempt);
			}
		}
		assertThat(browser.query()).isEqualTo("locked");
		browser.type("#username", "signin-locked");
		browser.type("#password", PASSWORD);
		flow.click(SUBMIT, "locked");

		String locked = "This user name is locked for 15 minutes after five failed sign-ins";
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.query()).isEqualTo("locked");
		assertThat(browser.all(".app-user-bar")).isEmpty();
		assertThat(browser.text(".govuk-error-summary__list a")).isEqualTo(locked);
		assertThat(browser.find(".govuk-error-summary__list a").getDomAttribute("href")).isEqualTo("#username");
		assertThat(browser.text("#username-error")).isEqualTo("Error: " + locked);
		assertThat(browser.find("#username").getDomAttribute("aria-describedby")).isEqualTo("username-error");
		// GOV.UK Frontend's error summary moves the focus to the field its link names.
		browser.find(".govuk-error-summary__list a").click();
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
		assertThat(Http.get(browsers.base() + "/", browser.sessionCookie()).statusCode()).isEqualTo(302);
	}

	/** Opens home signed out, is sent to the form, signs in and lands on home. */
	static Browser signIn(Flow flow, String username) {
		flow.open("/", "sign-in");
		Browser browser = flow.browser();
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.text("h1")).isEqualTo("Sign in");
		browser.type("#username", username);
		browser.type("#password", PASSWORD);
		flow.click(SUBMIT, "home");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text("h1")).isEqualTo("Safeguarding audit");
		assertThat(browser.text(".app-user-bar")).contains("Signed in as " + username);
		return browser;
	}

	static java.util.List<String> hrefs(Browser browser, String css) {
		return browser.all(css).stream().map(a -> a.getDomAttribute("href")).toList();
	}

	static java.util.List<String> texts(Browser browser, String css) {
		return browser.all(css).stream().map(a -> a.getText()).toList();
	}
}
