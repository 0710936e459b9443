package org.safeguarding.audit.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's writes refused when a browser says they come from another site (its
 * {@code Sec-Fetch-Site}, or an {@code Origin} that is not this server). A script sends neither
 * and is not affected; a browser always sends them on a cross-site form or fetch, so credentials it
 * saved on its own (HTTP Basic) cannot be used by another site's page to stop a run or pause a
 * schedule. The pages' forms are covered by their CSRF token.
 */
class CrossSiteWrites extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ProblemResponses problems;

	CrossSiteWrites(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!READS.contains(request.getMethod()) && crossSite(request)) {
			this.problems.crossSite(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			// Compared with the server's own name and port as it answers (behind a proxy, as the
			// forwarded headers give them when server.forward-headers-strategy is set).
			URI from = URI.create(origin);
			int port = (from.getPort() != -1) ? from.getPort() : ("https".equalsIgnoreCase(from.getScheme()) ? 443 : 80);
			return from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
					|| port != request.getServerPort();
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}
}
