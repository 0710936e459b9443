package org.safeguarding.audit.run;

/** No run has that id (HTTP 404). */
public class NoSuchRunException extends RuntimeException {

	public NoSuchRunException(long id) {
		super("run " + id + " does not exist");
	}
}
