package org.safeguarding.audit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core run in the page under test, against the WCAG 2.0, 2.1 and 2.2 A and AA rules. Its
 * bundle is injected by WebDriver, which the pages' Content-Security-Policy (no inline script)
 * does not govern. With the page's own JavaScript switched off, WebDriver's script still runs
 * and promises still settle, but timers never fire, and axe-core waits on {@code setTimeout}
 * between rules: on such a page (which has no script of its own to disturb) a timer becomes a
 * promise callback, so the page a user without JavaScript sees is checked too.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				.then(results => done({ version: axe.version, rules: results.violations.length + results.passes.length
						+ results.incomplete.length + results.inapplicable.length,
					violations: results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
						targets: v.nodes.map(n => n.target.join(' ')) })) }))
				.catch(error => done({ error: String(error) }));
			""";

	private static final String TIMERS_AS_PROMISES = """
			window.setTimeout = (callback, delay, ...args) => { Promise.resolve().then(() => callback(...args)); return 0; };
			window.clearTimeout = () => {};
			""";

	private static String source;

	private Axe() {
	}

	/** The page's violations, one line each: rule, impact, what it asks, and the elements' selectors. */
	@SuppressWarnings("unchecked")
	static Result check(JavascriptExecutor page, boolean pageScript) {
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
			page.executeScript(source());
			if (!pageScript) {
				page.executeScript(TIMERS_AS_PROMISES);
			}
		}
		Map<String, Object> result = (Map<String, Object>) page.executeAsyncScript(RUN, TAGS);
		if (result.get("error") != null) {
			throw new IllegalStateException("axe-core could not check the page: " + result.get("error"));
		}
		List<String> violations = ((List<Map<String, Object>>) result.get("violations")).stream()
			.map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
					+ String.join(", ", (List<String>) v.get("targets")))
			.toList();
		return new Result((String) result.get("version"), ((Number) result.get("rules")).intValue(), violations);
	}

	private static synchronized String source() {
		if (source == null) {
			try {
				source = Files.readString(BrowserTools.AXE_CORE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read axe-core from " + BrowserTools.AXE_CORE, ex);
			}
		}
		return source;
	}

	/** What axe-core reported for one page: its version, how many rules it ran, and every violation. */
	record Result(String version, int rules, List<String> violations) {

		String report() {
			return violations.stream().collect(Collectors.joining("\n  ", "axe-core " + version + ": ", ""));
		}
	}
}
