package org.safeguarding.audit.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * rule kind {@code relationship-identified}: MET when a relationship of the type names a person,
 * PARTLY_MET when every one of that type is recorded with the identity not known, NOT_MET when
 * there is none. Relationships count at A whether or not they have ended.
 */
record RelationshipIdentifiedRule(String relationshipType) implements Rule {

	static RelationshipIdentifiedRule read(DefinitionNode rule) {
		return new RelationshipIdentifiedRule(rule.oneOf("relationshipType", Set.copyOf(Codes.RELATIONSHIP_TYPES)));
	}

	@Override
	public RuleResult evaluate(CaseFacts facts) {
		List<CaseFile.Relationship> ofType = facts.relationships()
			.stream()
			.filter((relationship) -> this.relationshipType.equals(Codes.normal(relationship.type())))
			.toList();
		if (ofType.isEmpty()) {
			return RuleResult.of(Outcome.NOT_MET);
		}
		Set<String> people = new TreeSet<>(ByteOrder.UTF8);
		ofType.stream()
			.map(CaseFile.Relationship::relatedPersonId)
			.filter(Objects::nonNull)
			.filter((id) -> !id.isBlank())
			.forEach(people::add);
		return people.isEmpty() ? RuleResult.of(Outcome.PARTLY_MET)
				: RuleResult.of(Outcome.MET, "people", String.join(", ", people));
	}

	@Override
	public Map<Outcome, Set<String>> placeholders() {
		return Map.of(Outcome.MET, Set.of("people"), Outcome.PARTLY_MET, Set.of(), Outcome.NOT_MET, Set.of());
	}
}
