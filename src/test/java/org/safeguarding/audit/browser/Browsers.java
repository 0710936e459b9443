package org.safeguarding.audit.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test class's two browsers, one with JavaScript and one without, each started when first asked
 * for and closed after the class; every test starts signed out in both.
 */
final class Browsers implements BeforeEachCallback, AfterAllCallback {

	private String base;

	private Browser withScript;

	private Browser withoutScript;

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.base = "http://127.0.0.1:" + port;
		for (Browser browser : new Browser[] { this.withScript, this.withoutScript }) {
			if (browser != null) {
				browser.forgetSession();
			}
		}
	}

	/** The address of the application under test ({@code http://127.0.0.1:PORT}). */
	String base() {
		return this.base;
	}

	Browser withJavaScript() {
		if (this.withScript == null) {
			this.withScript = Browser.start(this.base, true);
		}
		return this.withScript;
	}

	Browser withoutJavaScript() {
		if (this.withoutScript == null) {
			this.withoutScript = Browser.start(this.base, false);
		}
		return this.withoutScript;
	}

	/** A flow with JavaScript on; its screenshots are {@code <name>-<n>-<page>.png}. */
	Flow flow(String name) {
		return new Flow(withJavaScript(), name);
	}

	/** The same flow with JavaScript off; its screenshots are {@code <name>-no-js-<n>-<page>.png}. */
	Flow flowWithoutJavaScript(String name) {
		return new Flow(withoutJavaScript(), name + "-no-js");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try (Browser a = this.withScript; Browser b = this.withoutScript) {
			this.withScript = null;
			this.withoutScript = null;
		}
	}
}
