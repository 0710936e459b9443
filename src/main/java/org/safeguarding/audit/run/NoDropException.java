package org.safeguarding.audit.run;

/** The job's source holds no drop for the period asked for (HTTP 404). */
public class NoDropException extends RuntimeException {

	public NoDropException(String message) {
		super(message);
	}
}
