package org.safeguarding.audit.extract;

/** A whole drop is refused and nothing is loaded; the message is one line naming the file. */
public final class DropRefusedException extends RuntimeException {

	public DropRefusedException(String message) {
		super(message);
	}

	public DropRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
