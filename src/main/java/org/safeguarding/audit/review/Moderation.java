package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A sampled case given a second auditor: the two auditors, who paired them and when. */
public record Moderation(long moderationId, long sampleId, String toolId, YearMonth period, String caseId,
		String firstAuditor, String secondAuditor, String assignedBy, OffsetDateTime assignedAt) {

	boolean isAuditor(String user) {
		return this.firstAuditor.equals(user) || this.secondAuditor.equals(user);
	}
}
