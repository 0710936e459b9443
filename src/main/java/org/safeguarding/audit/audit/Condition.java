package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A shared applicability condition (appliesWhen): when it does not hold the criterion is NOT_APPLICABLE. */
interface Condition {

	/** Empty when the condition holds; otherwise the values its {@code otherwise} sentence may use. */
	Optional<Map<String, String>> whyNot(CaseFacts facts);

	/** The placeholders {@link #whyNot} provides (the condition's parameters come on top). */
	Set<String> placeholders();

	/** Conditions that must come earlier in appliesWhen because this one relies on them. */
	default Set<String> needs() {
		return Set.of();
	}
}
