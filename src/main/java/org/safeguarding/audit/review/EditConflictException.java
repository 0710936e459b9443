package org.safeguarding.audit.review;

/**
 * Someone else saved the same thing first (a review, commentary, an action, a submission): the
 * edit was made on a version that is no longer the newest, and nothing was saved. The message
 * says who saved what and when, so the user can reload and decide again.
 */
public class EditConflictException extends RuntimeException {

	private final int currentVersion;

	public EditConflictException(String message, int currentVersion) {
		super(message);
		this.currentVersion = currentVersion;
	}

	/** The newest version now saved, which a retry must name as the one it edits. */
	public int currentVersion() {
		return this.currentVersion;
	}
}
