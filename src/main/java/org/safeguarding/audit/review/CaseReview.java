package org.safeguarding.audit.review;

import org.safeguarding.audit.audit.Outcome;

/**
 * The current review of a case × criterion beside the period's automated outcome now (null when
 * the newest published run no longer has the case): {@code dataChanged} when that differs from
 * the outcome the reviewer saw — "data changed since review", showing both.
 */
public record CaseReview(Review review, Outcome automatedNow, boolean dataChanged) {
}
