package org.safeguarding.audit.review;

/**
 * A form's error, for the page's error summary and the field: {@code field} is the id of the
 * element the summary links to, {@code message} names the field and the value.
 */
record FormError(String field, String message) {
}
