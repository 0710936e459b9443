package org.safeguarding.audit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * A user's way through the service in one browser: every page it reaches is checked by axe-core
 * (no violation allowed) and kept as {@code <screens>/<flow>-<n>-<page>.png}, numbered in the
 * order reached, so the screenshots tell the flow as a story. They go to {@code target/screens}, so a
 * test run changes no file of the project; {@code -Dscreens.dir=docs/screens} renews the pictures
 * the documentation shows.
 */
final class Flow {

	static final Path SCREENS = Path.of(System.getProperty("screens.dir", "target/screens"));

	/** The tallest screenshot kept: long pages are cut there. */
	private static final int MAX_HEIGHT = 4000;

	private final Browser browser;

	private final String name;

	private int pages;

	Flow(Browser browser, String name) {
		this.browser = browser;
		this.name = name;
		forgetEarlierScreens(name);
	}

	Browser browser() {
		return this.browser;
	}

	/** Opens a page by its path and checks the page shown (after any redirect). */
	Flow open(String path, String page) {
		this.browser.open(path);
		return reached(page);
	}

	/** Clicks what loads another page, then checks it. */
	Flow click(String css, String page) {
		this.browser.clickAndWait(css);
		return reached(page);
	}

	/** Checks the page the browser is on: axe-core first, then the screenshot, then the verdict. */
	Flow reached(String page) {
		this.browser.waitUntilLoaded();
		this.pages++;
		Axe.Result axe = Axe.check(this.browser.driver(), this.browser.javascript());
		Path screen = screenshot(this.name + "-" + this.pages + "-" + page + ".png");
		verdict(axe, page + " (screenshot " + screen + ")");
		return this;
	}

	/** Checks a page that looks as the last one kept did (the same form again), without a screenshot. */
	Flow reachedAgain(String page) {
		this.browser.waitUntilLoaded();
		verdict(Axe.check(this.browser.driver(), this.browser.javascript()), page);
		return this;
	}

	private void verdict(Axe.Result axe, String page) {
		assertThat(axe.rules()).as("axe-core ran its WCAG rules on %s", this.browser.path()).isGreaterThan(10);
		assertThat(axe.violations()).as("%s at %s: %s", page, this.browser.path(), axe.report()).isEmpty();
		assertThat(this.browser.consoleErrors()).as("the browser's console errors on %s", page).isEmpty();
	}

	/** The whole page at the window's width, as tall as its content. */
	private Path screenshot(String file) {
		var driver = this.browser.driver();
		// The window is the viewport and the browser's own edges; the content ends where its lowest part does.
		long height = ((Number) driver.executeScript("""
				const bottom = Math.max(...Array.from(document.body.children, e => e.getBoundingClientRect().bottom));
				return Math.ceil(bottom + window.scrollY + window.outerHeight - window.innerHeight);""")).longValue();
		try {
			driver.manage().window().setSize(new Dimension(Browser.WINDOW.width, (int) Math.min(height, MAX_HEIGHT)));
			Path path = SCREENS.resolve(file);
			Files.createDirectories(SCREENS);
			Files.write(path, driver.getScreenshotAs(OutputType.BYTES));
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(Browser.WINDOW);
		}
	}

	/** A flow that visits fewer pages than it used to leaves no stale screenshot behind. */
	private static void forgetEarlierScreens(String flow) {
		if (!Files.isDirectory(SCREENS)) {
			return;
		}
		try (Stream<Path> files = Files.list(SCREENS)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches(flow + "-\\d+-.*\\.png")).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
