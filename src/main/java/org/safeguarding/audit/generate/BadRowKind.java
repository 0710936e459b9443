package org.safeguarding.audit.generate;

/** The kinds of bad row a generated drop mixes in: each is one reason the extract format rejects a row. */
public enum BadRowKind {

	/** A required value is empty. */
	EMPTY_REQUIRED,
	/** A date that is not a zero-padded real date ({@code 31/02/2026}, {@code 2026-13-01}, {@code 1/5/2026}). */
	INVALID_DATE,
	/** An agency, event type, outcome, relationship type or plan category not in the lists. */
	UNKNOWN_CODE,
	/** {@code rela_lives_with_child} that is not Y or N. */
	BAD_Y_N,
	/** {@code pers_sex} that is not M, F, U or I. */
	BAD_SEX,
	/** A close, end, authorisation or recorded date before the date it follows (close before referral...). */
	DATE_ORDER,
	/** A CARER_ASSESSMENT or COPING_WITH_CRYING_ADVICE without its subject person. */
	MISSING_SUBJECT,
	/** Factor JSON that is neither an array of codes nor a Yes/No object. */
	INVALID_FACTOR_JSON,
	/** A line with one field more or fewer than the header. */
	WRONG_FIELD_COUNT,
	/** A later row repeating the id of an earlier row of the same table (in the same file). */
	DUPLICATE_ID,
	/** A reference to a person who is not in the drop at all. */
	UNKNOWN_PERSON,
	/** An invalid person row and the rows referring to that person (all counted). */
	CASCADE
}
