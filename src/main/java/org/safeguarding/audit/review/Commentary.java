package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One version of a period's commentary: overall ({@code criterion} null) or on one criterion,
 * with who wrote it and when. An empty text withdraws the commentary.
 */
public record Commentary(String toolId, YearMonth period, String criterion, int version, String text, String writtenBy,
		OffsetDateTime writtenAt) {

	/** The period's overall commentary rather than a criterion's. */
	public boolean overall() {
		return this.criterion == null;
	}
}
