package org.safeguarding.audit.board;

import java.time.Instant;

/**
 * One kept version of a period's board pack: its run and pack version, when it was published,
 * and, for a version published from the QA officers' reviewed figures, how many outcomes were
 * reviewed and how many changed (both null for the automated figures).
 */
public record PackVersion(long runId, int packVersion, Instant publishedAt, Integer reviewedOutcomes,
		Integer changedOutcomes) {

	/** Whether its figures are the reviewed figures. */
	public boolean reviewed() {
		return this.reviewedOutcomes != null;
	}
}
