package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator's pages in a real browser: a user added (after the form's error names the
 * field, and its link goes to it), the generated password shown once, and the access log.
 */
@BrowserTest
class AdminBrowserTests {

	@RegisterExtension
	static final Browsers browsers = new Browsers();

	@Autowired
	UserAccounts users;

	@Test
	void anAdministratorAddsAUserAndReadsTheAccessLog() {
		this.users.save("browser-admin", Set.of(Role.ADMIN), SignInBrowserTests.PASSWORD, "test", null);
		Flow flow = browsers.flow("admin");
		Browser browser = SignInBrowserTests.signIn(flow, "browser-admin");
		flow.click(".govuk-service-navigation__link[href='/admin/users']", "users");
		assertThat(browser.text("main table tbody")).contains("browser-admin", "ADMIN");

		browser.type("#username", "browser-newcomer");
		flow.click("main form[action='/admin/users'] button[type='submit']", "user-without-roles");
		String error = browser.text(".govuk-error-summary__list a");
		assertThat(error).startsWith("a user needs at least one role");
		String target = browser.find(".govuk-error-summary__list a").getDomAttribute("href");
		assertThat(browser.text(target + "-error")).isEqualTo("Error: " + error);
		browser.find(".govuk-error-summary__list a").click();
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("name")).isEqualTo("roles");
		assertThat(this.users.find("browser-newcomer")).isEmpty();

		browser.find("input[name='roles'][value='BOARD']").click();
		flow.click("main form[action='/admin/users'] button[type='submit']", "user-added");
		assertThat(browser.text(".govuk-notification-banner")).contains("User browser-newcomer is added.");
		String password = browser.text(".govuk-panel code");
		assertThat(password).hasSize(20);
		assertThat(this.users.find("browser-newcomer")).hasValueSatisfying(
				user -> assertThat(user.roles()).containsExactly(Role.BOARD));

		flow.click(".govuk-service-navigation__link[href='/admin/access-log']", "access-log");
		assertThat(browser.text("main table tbody")).contains("browser-newcomer [BOARD]");
		assertThat(browser.text("main")).doesNotContain(password);
	}
}
