package org.safeguarding.audit.review;

import java.util.Objects;

/**
 * An input that cannot be taken, named by its field: the message names the field and the value
 * (e.g. {@code reason must be 10 to 2,000 characters (was 4)}), for an error summary linked to the
 * field on a page and a problem detail in the API. Nothing was saved.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = Objects.requireNonNull(field, "field");
	}

	/** The input's name as the forms and the API call it, e.g. {@code reason}. */
	public String field() {
		return this.field;
	}
}
