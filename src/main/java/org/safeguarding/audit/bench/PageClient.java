package org.safeguarding.audit.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One benchmark user: a browser's session (its cookie), signed in through the sign-in form. */
final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private PageClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	static PageClient signIn(String base, String username, String password) throws IOException, InterruptedException {
		PageClient client = new PageClient(base);
		String form = client.http.send(client.request("/sign-in").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("benchmark-pages: the sign-in page has no CSRF token");
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<Void> signedIn = client.http.send(client.request("/sign-in")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("/sign-in")) {
			throw new IllegalStateException("benchmark-pages: signing in as " + username + " answered "
					+ signedIn.statusCode() + " " + location);
		}
		return client;
	}

	/** The page's status, after its whole body has arrived. */
	int get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
