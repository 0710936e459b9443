package org.safeguarding.audit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages shown for an error, in the service's layout and in plain words: never a stack trace,
 * never the request's own text. A role without the right gets the forbidden page.
 */
@Controller
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(status);
	}

	@GetMapping("/error/forbidden")
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN);
	}

	static ModelAndView page(HttpStatus status) {
		String heading;
		String explanation;
		switch (status) {
			case FORBIDDEN -> {
				heading = "You do not have access to this page";
				explanation = "Your roles do not include this part of the service. If you need it, ask your administrator.";
			}
			case NOT_FOUND -> {
				heading = "Page not found";
				explanation = "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.";
			}
			case BAD_REQUEST, METHOD_NOT_ALLOWED -> {
				heading = "Sorry, that request cannot be answered";
				explanation = "Go back and try again from the service's own links and buttons.";
			}
			default -> {
				heading = "Sorry, there is a problem with the service";
				explanation = "Try again later. If it keeps happening, tell your partnership's business support team.";
			}
		}
		ModelAndView view = new ModelAndView("error", Map.of("heading", heading, "explanation", explanation));
		view.setStatus(status);
		return view;
	}
}
