package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing out ends the session: home then sends the browser to the sign-in page, and the old
 * session cookie, sent again by anyone who kept it, opens nothing. With JavaScript on (the
 * button every page has) and off (the sign-out page).
 */
@BrowserTest
class SignOutBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	UserAccounts users;

	@Test
	void signingOutFromAnyPageEndsTheSession() {
		this.users.save("signout-qa", Set.of(Role.QA_OFFICER), SignInBrowserTests.PASSWORD, "test", null);
		Flow flow = browsers.flow("sign-out");
		String session = signedIn(flow, "signout-qa");
		flow.click(".app-user-bar button[type='submit']", "signed-out");
		signedOut(flow, session);
	}

	@Test
	void signingOutWithoutJavaScriptFromTheSignOutPageEndsTheSession() {
		this.users.save("signout-admin", Set.of(Role.ADMIN), SignInBrowserTests.PASSWORD, "test", null);
		Flow flow = browsers.flowWithoutJavaScript("sign-out");
		String session = signedIn(flow, "signout-admin");
		flow.open("/sign-out", "sign-out");
		assertThat(flow.browser().text("main h1")).isEqualTo("Sign out");
		flow.click("main form[action='/sign-out'] button[type='submit']", "signed-out");
		signedOut(flow, session);
	}

	/** Signs in and returns the session cookie, checked to open home while the session lasts. */
	private static String signedIn(Flow flow, String username) {
		Browser browser = SignInBrowserTests.signIn(flow, username);
		String session = browser.sessionCookie();
		assertThat(session).isNotBlank();
		HttpResponse<String> home = Http.get(browsers.base() + "/", session);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Signed in as <strong>" + username + "</strong>");
		return session;
	}

	private static void signedOut(Flow flow, String oldSession) {
		Browser browser = flow.browser();
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.query()).isEqualTo("signed-out");
		assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out.");
		assertThat(browser.all(".app-user-bar")).isEmpty();

		flow.open("/", "home-after-sign-out");
		assertThat(browser.path()).isEqualTo("/sign-in");
		assertThat(browser.text("main h1")).isEqualTo("Sign in");

		HttpResponse<String> withOldCookie = Http.get(browsers.base() + "/", oldSession);
		assertThat(withOldCookie.statusCode()).isEqualTo(302);
		assertThat(withOldCookie.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/sign-in"));
	}
}
