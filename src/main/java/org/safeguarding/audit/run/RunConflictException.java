package org.safeguarding.audit.run;

/**
 * A request the runs' current state does not allow: the job and period are already queued or
 * running, or a run is not in a state that can be restarted or stopped (HTTP 409).
 */
public class RunConflictException extends RuntimeException {

	public RunConflictException(String message) {
		super(message);
	}
}
