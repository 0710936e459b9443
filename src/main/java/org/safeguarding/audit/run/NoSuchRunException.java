package org.safeguarding.audit.run;

/** No run has that id (HTTP 404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NoSuchRunException extends RuntimeException {

	public NoSuchRunException(long id) {
		super("run " + id + " does not exist");
	}
}
