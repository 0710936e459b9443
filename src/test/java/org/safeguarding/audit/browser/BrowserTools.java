package org.safeguarding.audit.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the browser tests need, where {@code .ci/run} installs it: Debian's Chromium and
 * ChromeDriver, and axe-core from the npm registry under {@code .tools/}. Missing on a
 * developer's machine, the tests are skipped saying how to install them; missing in CI (where
 * {@code CI=true} and {@code .ci/run} has installed them), they fail, so that a build never
 * passes by not testing in a browser at all. Decided before the application starts.
 */
public final class BrowserTools implements ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** axe-core's browser bundle; {@code -Daxe.core=FILE} points elsewhere. */
	static final Path AXE_CORE = Path.of(System.getProperty("axe.core", ".tools/node_modules/axe-core/axe.min.js"));

	static final String HOW_TO_INSTALL = "install them as .ci/run does (as root): apt-get update && apt-get install -y "
			+ "chromium chromium-driver; npm install --no-audit --no-fund --no-save --prefix .tools axe-core@4.14.1";

	private static final AtomicBoolean SAID = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<String> missing = missing();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium, ChromeDriver and axe-core are installed");
		}
		String message = "browser tests need " + String.join(", ", missing) + ": " + HOW_TO_INSTALL;
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message);
		}
		// Surefire keeps a skip's reason in its reports only: said once on the console as well.
		if (SAID.compareAndSet(false, true)) {
			System.err.println("Skipping the browser tests: " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	static List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(CHROMIUM)) {
			missing.add(CHROMIUM.toString());
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			missing.add(CHROMEDRIVER.toString());
		}
		if (!Files.isRegularFile(AXE_CORE)) {
			missing.add(AXE_CORE.toString());
		}
		return missing;
	}
}
