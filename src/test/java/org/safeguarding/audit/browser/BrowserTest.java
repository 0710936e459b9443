package org.safeguarding.audit.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A browser test: the served application on a random port, with the application's embedded
 * PostgreSQL in a fresh data folder under {@code target/} (one per test JVM: contexts are cached
 * and shared), and no users until the test makes them. Skipped when Chromium, its driver or
 * axe-core is not installed (see {@link BrowserTools}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTools.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// application.properties says "no web server" for the command line; serve says otherwise.
		properties = { "spring.main.web-application-type=servlet",
				"audit.store.data-dir=target/test-postgres/${random.uuid}", "audit.store.durable=false",
				// The tests use WebDriver only, not the DevTools protocol, whose Java modules lag
				// behind Debian's Chromium: Selenium's warning that none matches it says nothing here.
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR" })
public @interface BrowserTest {
}
