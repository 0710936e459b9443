package org.safeguarding.audit.review;

/**
 * A learning action as a QA officer submits it, fields as typed: title, criterion, owning team,
 * due date ({@code YYYY-MM-DD}) and status ({@code OPEN} when empty). It names no person and no case.
 */
public record ActionForm(String title, String criterion, String owningTeam, String dueDate, String status) {
}
