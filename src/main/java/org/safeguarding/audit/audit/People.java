package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.Set;

/** The groups of adults around a baby that some criteria must reach one by one. */
enum People {

	/** Male fathers, mothers' partners and other carers, ended relationships included. */
	MEN("men") {
		@Override
		boolean includes(CaseFile.Relationship relationship, LocalDate auditDate) {
			return MEN_TYPES.contains(Codes.normal(relationship.type()))
					&& "M".equals(Codes.normal(relationship.relatedPersonSex()));
		}
	},

	/** Parents and carers who live with the child and whose relationship has not ended. */
	CARERS("carers") {
		@Override
		boolean includes(CaseFile.Relationship relationship, LocalDate auditDate) {
			boolean ended = relationship.endDate() != null && relationship.endDate().isBefore(auditDate);
			return !ended && relationship.livesWithChild() && CARER_TYPES.contains(Codes.normal(relationship.type()));
		}
	};

	private static final Set<String> MEN_TYPES = Set.of("FATHER", "MOTHERS_PARTNER", "OTHER_CARER");

	private static final Set<String> CARER_TYPES = Set.of("MOTHER", "FATHER", "MOTHERS_PARTNER", "OTHER_CARER");

	private final String key;

	People(String key) {
		this.key = key;
	}

	/** The name a tool definition uses for the group. */
	String key() {
		return this.key;
	}

	/** Whether a relationship that counts at the audit date (and names a person) puts them in the group. */
	abstract boolean includes(CaseFile.Relationship relationship, LocalDate auditDate);
}
