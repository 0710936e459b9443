package org.safeguarding.audit.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The extract's code lists a tool definition may name (see extract-format.md). */
final class Codes {

	static final Set<String> EVENT_TYPES = Set.of("CARER_ASSESSMENT", "HOUSEHOLD_VERIFIED", "GP_NOTIFIED",
			"CHRONOLOGY_UPDATED", "DA_ENQUIRY", "DA_RISK_ASSESSMENT", "SAFE_SLEEP_ADVICE", "CO_SLEEPING_ASSESSED",
			"COPING_WITH_CRYING_ADVICE", "PRE_BIRTH_ASSESSMENT", "BRUISING_OBSERVED", "REFERRAL_TO_CSC", "CP_MEDICAL",
			"PLAN_SHARED_WITH_PARENTS", "PLAN_SHARED_WITH_GP", "SUPERVISION");

	/** In the order a person's label lists them. */
	static final List<String> RELATIONSHIP_TYPES = List.of("MOTHER", "FATHER", "MOTHERS_PARTNER", "OTHER_CARER",
			"OTHER");

	private Codes() {
	}

	/** Codes are matched case-insensitively; everything downstream compares upper case. */
	static String normal(String code) {
		return (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null;
	}

	/** How a relationship type reads in evidence: MOTHERS_PARTNER → mother's partner. */
	static String relationshipLabel(String type) {
		return switch (normal(type)) {
			case "MOTHERS_PARTNER" -> "mother's partner";
			case "OTHER_CARER" -> "other carer";
			default -> normal(type).toLowerCase(Locale.ROOT);
		};
	}
}
