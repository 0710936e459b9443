package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Set;

/** A generic way of judging a case (one rule kind, configured by a criterion's parameters). */
interface Rule {

	/** The outcome for a case the criterion applies to, with the values its evidence template may use. */
	RuleResult evaluate(CaseFacts facts);

	/**
	 * The outcomes this rule can give, each with the placeholders its values carry; the rule's own
	 * parameters and the global placeholders come on top. The loader requires a template per outcome.
	 */
	Map<Outcome, Set<String>> placeholders();

	/** Conditions the criterion must list in appliesWhen because the rule relies on them. */
	default Set<String> needs() {
		return Set.of();
	}
}
