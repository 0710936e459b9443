package org.safeguarding.audit.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session holds the roles its user had when they signed in: each request checks the
 * user again, so a user disabled, or given other roles, since then has their session ended at
 * once (not after up to 30 idle minutes, or never for a page left polling). A session also ends
 * {@link #LONGEST} after it began, however active.
 */
class SessionUserCheck extends OncePerRequestFilter {

	/** The longest a session lasts, active or not. */
	static final Duration LONGEST = Duration.ofHours(10);

	private final UserAccounts users;

	private final boolean api;

	SessionUserCheck(UserAccounts users, boolean api) {
		this.users = users;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<Role> roles = CurrentUser.roles(authentication);
		if (session != null && !roles.isEmpty() && !stillValid(authentication.getName(), roles, session)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			if (this.api) {
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"your session has ended: sign in again\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/sign-in");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(String name, Set<Role> roles, HttpSession session) {
		if (System.currentTimeMillis() - session.getCreationTime() > LONGEST.toMillis()) {
			return false;
		}
		return this.users.find(name).filter(UserAccount::enabled).map(account -> account.roles().equals(roles))
			.orElse(false);
	}
}
