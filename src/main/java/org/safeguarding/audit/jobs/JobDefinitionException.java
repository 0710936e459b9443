package org.safeguarding.audit.jobs;

/** A job definition that cannot be used; the message names the file, the field and the value. */
public class JobDefinitionException extends RuntimeException {

	public JobDefinitionException(String message) {
		super(message);
	}

	public JobDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}
}
