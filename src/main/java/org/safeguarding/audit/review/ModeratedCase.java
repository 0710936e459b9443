package org.safeguarding.audit.review;

import java.util.Map;

import org.safeguarding.audit.audit.Outcome;

/**
 * A sampled case both auditors have submitted: the automated outcome of every criterion (from
 * the run the sample was drawn from), and each auditor's outcome of every criterion that applied.
 */
public record ModeratedCase(String caseId, String team, Map<String, Outcome> automated, Map<String, Outcome> first,
		Map<String, Outcome> second) {

	public ModeratedCase {
		automated = Map.copyOf(automated);
		first = Map.copyOf(first);
		second = Map.copyOf(second);
	}
}
