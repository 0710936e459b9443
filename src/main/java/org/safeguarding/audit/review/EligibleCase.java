package org.safeguarding.audit.review;

import org.safeguarding.audit.audit.Grade;

/** One of a period's audited cases that a sample may draw: its id, team and automated grade. */
public record EligibleCase(String caseId, String team, Grade grade) {
}
