package org.safeguarding.audit.board;

/**
 * A period's board pack cannot be published again, for a reason the QA officer can act on; the
 * message names no file or path of the server (those go to the application log).
 */
public class NotPublishedException extends RuntimeException {

	public NotPublishedException(String message) {
		super(message);
	}
}
