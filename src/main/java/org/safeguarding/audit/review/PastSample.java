package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.Set;

/** The cases of an earlier period's sample, which the exclusion window may make ineligible. */
public record PastSample(YearMonth period, Set<String> caseIds) {

	public PastSample {
		caseIds = Set.copyOf(caseIds);
	}
}
