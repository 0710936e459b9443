package org.safeguarding.audit.review;

/**
 * A review as a QA officer submits it, fields as typed: the case × criterion of a tool's period,
 * the reviewed outcome, the reason, and the version of the review the officer was looking at
 * (0 when there was none), which must still be the newest for the review to be saved.
 */
public record ReviewForm(String toolId, String period, String caseId, String criterion, String outcome, String reason,
		int version) {
}
