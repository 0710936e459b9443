package org.safeguarding.audit.review;

/** Where a learning action stands. */
public enum ActionStatus {

	OPEN, DONE
}
