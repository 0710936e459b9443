package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.typical;

/** The as-at-the-audit-date rules, and who the men and the carers are. */
class CaseFactsTests {

	@Test
	void eventDatedOnTheAuditDateCountsButNotOneDatedAfterIt() {
		CaseFacts facts = typical().did("SUPERVISION", A).did("SUPERVISION", A.plusDays(1)).facts();
		assertThat(facts.completed("SUPERVISION")).extracting(CaseFile.Event::eventDate).containsExactly(A);
	}

	@Test
	void eventRecordedAfterTheAuditDateDoesNotCount() {
		CaseFacts facts = typical().recorded("SUPERVISION", A.minusDays(3), A.plusDays(1))
			.recorded("SUPERVISION", A.minusDays(2), A)
			.facts();
		assertThat(facts.events()).extracting(CaseFile.Event::id).containsExactly("V2");
	}

	@Test
	void eventsAreInDateThenIdOrder() {
		CaseFacts facts = typical().did("SUPERVISION", A.minusDays(1))
			.did("GP_NOTIFIED", A.minusDays(5))
			.did("HOUSEHOLD_VERIFIED", A.minusDays(5))
			.facts();
		assertThat(facts.events()).extracting(CaseFile.Event::id).containsExactly("V2", "V3", "V1");
	}

	@Test
	void relationshipStartingOnTheAuditDateCountsButNotOneStartingAfterIt() {
		CaseFacts facts = typical().relationship("FATHER", "DAD", true, A, null)
			.relationship("MOTHERS_PARTNER", "BOB", true, A.plusDays(1), null)
			.facts();
		assertThat(facts.relationships()).extracting(CaseFile.Relationship::relatedPersonId).containsExactly("DAD");
	}

	@Test
	void endedRelationshipCountsForMenButNotForCarers() {
		CaseFacts facts = typical().relationship("FATHER", "DAD", true, null, A.minusDays(1)).facts();
		assertThat(facts.people(People.MEN)).containsOnlyKeys("DAD");
		assertThat(facts.people(People.CARERS)).isEmpty();
	}

	@Test
	void relationshipEndingOnTheAuditDateStillMakesACarer() {
		CaseFacts facts = typical().relationship("FATHER", "DAD", true, null, A).facts();
		assertThat(facts.people(People.CARERS)).containsOnlyKeys("DAD");
	}

	@Test
	void carersLiveWithTheChildMenNeedNot() {
		CaseFacts facts = typical().livesApart("FATHER", "DAD").facts();
		assertThat(facts.people(People.MEN)).containsOnlyKeys("DAD");
		assertThat(facts.people(People.CARERS)).isEmpty();
	}

	@Test
	void menAreMaleFathersPartnersAndOtherCarers() {
		CaseFacts facts = typical().sex("BOB", "M")
			.sex("JIM", "M")
			.sex("UNC", "M")
			.sex("PAT", "U")
			.lives("MOTHERS_PARTNER", "BOB")
			.lives("OTHER_CARER", "JIM")
			.lives("OTHER", "UNC")
			.lives("FATHER", "PAT")
			.lives("MOTHER", "MUM")
			.facts();
		assertThat(facts.people(People.MEN)).containsOnlyKeys("BOB", "JIM");
	}

	@Test
	void carersAreMothersFathersPartnersAndOtherCarersOfAnySex() {
		CaseFacts facts = typical().lives("MOTHER", "MUM")
			.lives("FATHER", "PAT")
			.lives("MOTHERS_PARTNER", "SAM")
			.lives("OTHER_CARER", "NAN")
			.lives("OTHER", "AUNT")
			.facts();
		assertThat(facts.people(People.CARERS)).containsOnlyKeys("MUM", "PAT", "SAM", "NAN");
	}

	@Test
	void relationshipWithAnUnknownPersonAddsNobody() {
		CaseFacts facts = typical().lives("FATHER", null).facts();
		assertThat(facts.people(People.MEN)).isEmpty();
		assertThat(facts.people(People.CARERS)).isEmpty();
	}

	@Test
	void personIsLabelledWithEveryRoleInTheGroupOncePerPersonInIdOrder() {
		CaseFacts facts = typical().sex("BOB", "M")
			.lives("OTHER_CARER", "DAD")
			.lives("FATHER", "DAD")
			.lives("MOTHERS_PARTNER", "BOB")
			.facts();
		assertThat(facts.people(People.MEN)).containsExactly(entry("BOB", "BOB (mother's partner)"),
				entry("DAD", "DAD (father, other carer)"));
	}

	@Test
	void cpPlanStartIsTheLatestStartOfAPlanOpenInThePeriod() {
		CaseFacts facts = typical().plan("C1", S.minusDays(90), null)
			.plan("C2", S.minusDays(30), S)
			.plan("C3", S.minusDays(20), S.minusDays(1))
			.plan("C4", A.plusDays(1), null)
			.facts();
		assertThat(facts.cpPlanStart()).contains(S.minusDays(30));
	}

	@Test
	void planEndedBeforeThePeriodIsNoPlan() {
		assertThat(typical().plan("C1", S.minusDays(90), S.minusDays(1)).facts().cpPlanStart()).isEmpty();
	}

	@Test
	void assessmentFactorsCountFromAssessmentsStartedByTheAuditDate() {
		CaseFacts facts = typical().assessment("A1", A, "3a", "4B").assessment("A2", A.plusDays(1), "3C").facts();
		assertThat(facts.assessmentFactors()).containsExactly("3A", "4B");
	}

	@Test
	void dueDateIsTheExpectedDateElseTheDateOfBirth() {
		assertThat(typical().facts().due()).contains(A.minusDays(100));
		assertThat(typical().due(A.minusDays(90)).facts().due()).contains(A.minusDays(90));
	}
}
