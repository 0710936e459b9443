package org.safeguarding.audit.jobs;

/**
 * A pull that could not be done: the source refused it (an unknown or changed host key, a missing
 * table or column, missing credentials) or failed on the way. Nothing of it is left behind.
 */
public class DropPullException extends RuntimeException {

	public DropPullException(String message) {
		super(message);
	}

	public DropPullException(String message, Throwable cause) {
		super(message, cause);
	}
}
