package org.safeguarding.audit.security;

/** A user change whose field is wrong; the message names the field and the value. */
public class InvalidUserException extends RuntimeException {

	private final String field;

	public InvalidUserException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}
}
