package org.safeguarding.audit.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The QA officers' pages' answer to an address naming something that is not there (a period
 * that is no month or has no published run, a case or criterion not in it, a sample of another
 * period): "page not found", saying which part of the address and which value. The page is
 * rendered by a forward, so that it has the layout every page has.
 */
@Controller
@ControllerAdvice(basePackageClasses = QaPageAdvice.class)
class QaPageAdvice {

	private static final String PROBLEM = QaPageAdvice.class.getName() + ".problem";

	@ExceptionHandler(InvalidInputException.class)
	String notFound(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		request.setAttribute(PROBLEM, ex.getMessage());
		return "forward:/qa/not-found";
	}

	@RequestMapping("/qa/not-found")
	String notFoundPage(HttpServletRequest request, HttpServletResponse response, Model model) {
		noStore(response);
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		Object problem = request.getAttribute(PROBLEM);
		model.addAttribute("heading", "Page not found");
		model.addAttribute("explanation", (problem != null) ? "The address is not right: " + problem + "."
				: "If you typed the web address, check it is correct.");
		return "error";
	}

	/** Case-level pages and files are never kept by a browser or a proxy (service.md). */
	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}
}
