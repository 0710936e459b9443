package org.safeguarding.audit.jobs;

/**
 * A period's drop is not there yet, or not yet complete (no {@code READY} file and files changed
 * within the settle time): a scheduled run waits and tries again.
 */
public class DropNotReadyException extends RuntimeException {

	public DropNotReadyException(String message) {
		super(message);
	}
}
