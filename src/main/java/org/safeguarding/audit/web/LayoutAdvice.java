package org.safeguarding.audit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.report.ReportProperties;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the partnership, the signed-in user and their navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	static final String SERVICE_NAME = "Safeguarding audit";

	private final ReportProperties report;

	LayoutAdvice(ReportProperties report) {
		this.report = report;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		var roles = Navigation.roles(authentication);
		String user = roles.isEmpty() ? null : authentication.getName();
		return new Layout(this.report.partnershipName(), SERVICE_NAME, user,
				Navigation.items(roles, request.getRequestURI()));
	}

	/** The layout's model: the header's names, who is signed in, the navigation. */
	record Layout(String partnership, String serviceName, String user, List<Navigation.Item> navigation) {
	}
}
