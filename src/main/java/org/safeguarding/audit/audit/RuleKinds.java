package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.function.Function;

/** The rule kinds a criterion may name, each read from its {@code rule:} mapping. */
final class RuleKinds {

	static final Map<String, Function<DefinitionNode, Rule>> KINDS = Map.of(
			"relationship-identified", RelationshipIdentifiedRule::read,
			"every-person-subject-of", EveryPersonSubjectOfRule::read,
			"latest-completed-event-within-days", LatestCompletedEventRule::read,
			"first-completed-event-since-referral", FirstEventSinceReferralRule::read,
			"enquiry-made", EnquiryMadeRule::read,
			"all-of-event-types-completed", AllEventTypesCompletedRule::read,
			"pre-birth-assessment", PreBirthAssessmentRule::read,
			"bruising-response", BruisingResponseRule::read,
			"event-completed", EventCompletedRule::read,
			"records-timeliness", RecordsTimelinessRule::read);

	private RuleKinds() {
	}
}
