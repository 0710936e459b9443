package org.safeguarding.audit.run;

/**
 * A request whose field is wrong (HTTP 400): the message names the field and the value, e.g.
 * {@code period '2026-13' is not a month (YYYY-MM)}.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request's field at fault, as the form and the API name it. */
	public String field() {
		return this.field;
	}
}
