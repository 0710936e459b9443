package org.safeguarding.audit.extract;

/**
 * A drop's file (or piece of one) that could not be loaded for a reason other than its content:
 * names the file, so that the one line operators read of the failed run says which it was even
 * when the cause's own words are kept for the server's log.
 */
public class FileLoadFailedException extends RuntimeException {

	private final String fileName;

	public FileLoadFailedException(String fileName, RuntimeException cause) {
		super("loading " + fileName + " failed: " + cause.getMessage(), cause);
		this.fileName = fileName;
	}

	public String fileName() {
		return this.fileName;
	}
}
