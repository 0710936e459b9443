package org.safeguarding.audit.run;

/** A run's own inputs cannot be used (a period not ended, an output folder to refuse); nothing was loaded. */
public final class RunInputException extends RuntimeException {

	RunInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
