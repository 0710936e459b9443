package org.safeguarding.audit.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The API's answers when a request is not signed in (401, with the Basic challenge) or its user
 * lacks the role (403): RFC 9457 problem details, like every other API error.
 */
@Component
class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// No Basic challenge to a browser's page request: it would ask for a password and then keep
		// sending it on its own, to any request another site makes it send here.
		String accept = request.getHeader("Accept");
		if (accept == null || !accept.contains("text/html")) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"safeguarding-audit\", charset=\"UTF-8\"");
		}
		write(request, response, HttpStatus.UNAUTHORIZED,
				"sign in: send a user name and password (HTTP Basic) or a signed-in session");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "your roles do not allow " + request.getMethod() + " "
				+ request.getRequestURI());
	}

	void crossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, request.getMethod() + " " + request.getRequestURI()
				+ " from another site is refused");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}
}
