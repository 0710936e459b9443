package org.safeguarding.audit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with a profile folder of its own, JavaScript on or off, pointed at
 * the application under test: opens pages, fills and submits forms, and waits for the next page
 * by its condition, never by time.
 */
final class Browser implements AutoCloseable {

	static final String SESSION_COOKIE = "AUDIT_SESSION";

	static final Dimension WINDOW = new Dimension(1280, 800);

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private final boolean javascript;

	private Browser(ChromeDriver driver, Path profile, String base, boolean javascript) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
		this.javascript = javascript;
	}

	static Browser start(String base, boolean javascript) {
		Path profile = temporaryFolder();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserTools.CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
		// Console errors (a script or style sheet the Content-Security-Policy refused, a missing asset) fail a page.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserTools.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(WINDOW);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile, base, javascript);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	boolean javascript() {
		return this.javascript;
	}

	String url(String path) {
		return this.base + path;
	}

	/** Opens a page by its path ({@code /accessibility}), following any redirect. */
	void open(String path) {
		this.driver.get(url(path));
	}

	/** The path of the page shown, after any redirect, without its query. */
	String path() {
		return URI.create(this.driver.getCurrentUrl()).getRawPath();
	}

	/** The query of the page shown ({@code locked}), or null. */
	String query() {
		return URI.create(this.driver.getCurrentUrl()).getRawQuery();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** The element's text as read, its white space (line breaks around hidden text) made single spaces. */
	String text(String css) {
		return find(css).getText().strip().replaceAll("\\s+", " ");
	}

	/** Types into a field, replacing what it held. */
	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks a button or link that loads another page, and waits until that page has replaced this one. */
	void clickAndWait(String css) {
		WebElement page = find("html");
		find(css).click();
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.stalenessOf(page));
		waitUntilLoaded();
	}

	/** Waits until the page shown has loaded whole (its style sheets and, with script on, its modules). */
	void waitUntilLoaded() {
		new WebDriverWait(this.driver, WAIT)
			.until(d -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/** Chooses an option of a select box by its value. */
	void select(String css, String value) {
		new Select(find(css)).selectByValue(value);
	}

	/**
	 * Waits until the page shows what the condition asks (a page that changes by itself, or one
	 * the condition reloads), for at most {@code bound}: a limit far above the time expected, not
	 * a timing test.
	 */
	void waitUntil(String what, Duration bound, Function<Browser, Boolean> condition) {
		new WebDriverWait(this.driver, bound).withMessage(what)
			.ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(d -> condition.apply(this));
	}

	/**
	 * The browser console's errors since last asked (blocked resources, failed requests, script
	 * errors), but for the page's own status (a forbidden or not-found page is meant to say so)
	 * and GOV.UK's own font. Its files are not served on purpose (a council service may not use
	 * GDS Transport) and app.css sets Arial on every element; yet Chromium without JavaScript now
	 * and then asks for them as a page loads (seen on a busy machine and on repeated reloads).
	 */
	List<String> consoleErrors() {
		String page = this.driver.getCurrentUrl() + " - Failed to load resource";
		String govukFont = this.base + "/assets/fonts/";
		return this.driver.manage().logs().get("browser").getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(entry -> entry.getMessage())
			.filter(message -> !message.startsWith(page) && !message.startsWith(govukFont))
			.toList();
	}

	/** Whether the page's own script ran: app.js marks the body as GOV.UK Frontend's script does. */
	boolean pageScriptRan() {
		return Boolean.TRUE.equals(this.driver.executeScript("return document.body.classList.contains('js-enabled')"));
	}

	/** The session cookie's value, or null when the browser holds none. */
	String sessionCookie() {
		Cookie cookie = this.driver.manage().getCookieNamed(SESSION_COOKIE);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/** Forgets every cookie and the console's messages: the next test starts signed out and afresh. */
	void forgetSession() {
		this.driver.manage().deleteAllCookies();
		consoleErrors();
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteFolder(this.profile);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("audit-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteFolder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// Chromium may still be writing its profile as it exits; the folder is in the temporary space.
		}
	}
}
