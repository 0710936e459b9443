package org.safeguarding.audit.review;

import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.Outcome;

/**
 * A moderated case as one user may see it: which auditors have submitted, and each auditor's
 * outcomes only where the user may see them — their own always, the other's (and, for anyone
 * else, both) only once both have submitted; otherwise the map is empty.
 * {@code applicableCriteria} are the criteria an auditor gives an outcome for, in tool order.
 */
public record ModerationView(Moderation moderation, List<String> applicableCriteria, boolean firstSubmitted,
		boolean secondSubmitted, Map<String, Outcome> first, Map<String, Outcome> second) {

	public ModerationView {
		applicableCriteria = List.copyOf(applicableCriteria);
		first = Map.copyOf(first);
		second = Map.copyOf(second);
	}

	/** Both have submitted: each may see the other's outcomes. */
	public boolean complete() {
		return this.firstSubmitted && this.secondSubmitted;
	}
}
