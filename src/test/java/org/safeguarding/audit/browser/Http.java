package org.safeguarding.audit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A plain request outside the browser, carrying a session cookie taken from it: what a browser
 * cannot tell a test (the status code), and whether a cookie still opens a session after sign-out.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Http() {
	}

	static HttpResponse<String> get(String url, String sessionCookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
		if (sessionCookie != null) {
			request.header("Cookie", Browser.SESSION_COOKIE + "=" + sessionCookie);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
