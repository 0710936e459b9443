package org.safeguarding.audit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What the sign-in form does on success, failure and sign-out: each recorded in the access log,
 * then on to the page asked for (or home), back to the form with the reason, or to the form
 * saying the user signed out.
 */
@Component
class SignInEvents {

	private final AccessLog accessLog;

	private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInEvents(AccessLog accessLog) {
		this.accessLog = accessLog;
		this.onward.setDefaultTargetUrl("/");
	}

	void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, jakarta.servlet.ServletException {
		this.accessLog.record(authentication.getName(), AccessAction.SIGN_IN, null, request.getRemoteAddr());
		this.onward.onAuthenticationSuccess(request, response, authentication);
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.sendRedirect(request.getContextPath() + ((ex instanceof LockedException) ? "/sign-in?locked" : "/sign-in?error"));
	}

	void signingOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null) {
			this.accessLog.record(authentication.getName(), AccessAction.SIGN_OUT, null, request.getRemoteAddr());
		}
	}
}
