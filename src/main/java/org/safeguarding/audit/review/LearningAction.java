package org.safeguarding.audit.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One version of a learning action arising from a tool's period: what it says, its status, who
 * created it and when, and who made this version and when.
 */
public record LearningAction(long actionId, String toolId, YearMonth period, int version, String title, String criterion,
		String owningTeam, LocalDate dueDate, ActionStatus status, String createdBy, OffsetDateTime createdAt,
		String changedBy, OffsetDateTime changedAt) {

	/** Still open after its due date. */
	public boolean overdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueDate.isBefore(today);
	}
}
