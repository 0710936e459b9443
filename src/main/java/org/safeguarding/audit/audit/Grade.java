package org.safeguarding.audit.audit;

/** The overall judgement of one case. */
public enum Grade {

	GOOD, REQUIRES_IMPROVEMENT, INADEQUATE
}
