package org.safeguarding.audit.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.review.EditConflictException;
import org.safeguarding.audit.review.InvalidInputException;
import org.safeguarding.audit.run.InvalidRequestException;
import org.safeguarding.audit.run.NoDropException;
import org.safeguarding.audit.run.NoSuchRunException;
import org.safeguarding.audit.run.RunConflictException;
import org.safeguarding.audit.security.InvalidUserException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem details whose {@code detail} names the field and the value
 * that is wrong (and a {@code field} member where there is one), never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler({ InvalidRequestException.class })
	ProblemDetail invalid(InvalidRequestException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.field(), request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.field(), request);
	}

	@ExceptionHandler(InvalidUserException.class)
	ProblemDetail invalidUser(InvalidUserException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.field(), request);
	}

	@ExceptionHandler({ NoDropException.class, NoSuchRunException.class })
	ProblemDetail notFound(RuntimeException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null, request);
	}

	@ExceptionHandler({ RunConflictException.class, EditConflictException.class })
	ProblemDetail conflict(RuntimeException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), null, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getName() + " '" + ex.getValue() + "' is not "
				+ (Number.class.isAssignableFrom(boxed(ex.getRequiredType())) ? "a whole number" : "valid here"),
				ex.getName(), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getParameterName() + " is missing", ex.getParameterName(), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String why = (ex.getMostSpecificCause() != null) ? ex.getMostSpecificCause().getMessage() : "";
		String field = unknownField(why);
		return problem(HttpStatus.BAD_REQUEST, (field != null) ? "field '" + field + "' is not known here"
				: "the request body is not the JSON this call takes (see /v3/api-docs)", field, request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + ex.getContentType()
				+ "' is not accepted: send application/json", "Content-Type", request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, ex.getMethod() + " is not allowed on " + request.getRequestURI(),
				null, request);
	}

	@ExceptionHandler({ ResponseStatusException.class })
	ProblemDetail status(ResponseStatusException ex, HttpServletRequest request) {
		return problem(HttpStatus.valueOf(ex.getStatusCode().value()), ex.getReason(), null, request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, request.getRequestURI() + " is not a call of this API", null, request);
	}

	static ProblemDetail problem(HttpStatus status, String detail, String field, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	private static Class<?> boxed(Class<?> type) {
		if (type == long.class) {
			return Long.class;
		}
		if (type == int.class) {
			return Integer.class;
		}
		return (type != null) ? type : Object.class;
	}

	/** The name in Jackson's "Unrecognized property 'x'" message, if that is what it is. */
	private static String unknownField(String message) {
		var m = java.util.regex.Pattern.compile("Unrecognized (?:field|property) \"?'?([A-Za-z0-9_\\-]+)").matcher(message);
		return m.find() ? m.group(1) : null;
	}
}
