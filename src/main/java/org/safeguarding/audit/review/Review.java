package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.safeguarding.audit.audit.Outcome;

/**
 * One saved version of a review of a case × criterion of a tool's period: the reviewed outcome
 * and reason, who saved it and when, and the automated outcome (of run {@code seenRunId}) and
 * team the reviewer saw.
 */
public record Review(String toolId, YearMonth period, String caseId, String criterion, int version,
		Outcome reviewedOutcome, Outcome automatedOutcome, long seenRunId, String team, String reason, String reviewer,
		OffsetDateTime reviewedAt) {
}
