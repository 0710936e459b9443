package org.safeguarding.audit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that nothing answers. Boot's problem-details handler would answer it in JSON, which a
 * browser shows as raw text naming the path ("No static resource …"); a page gets the service's
 * "Page not found" in its layout instead (through the error page, which adds the layout), and an
 * API path gets problem details worded as the API's others. Only this exception: it is thrown by
 * the static-resource handler, never by a controller, so no controller's own handling is taken over.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPaths {

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiErrors.problem(HttpStatus.NOT_FOUND, request.getRequestURI() + " is not a call of this API",
						null, request));
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
		return new ModelAndView();
	}
}
