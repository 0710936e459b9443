package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.date;
import static org.safeguarding.audit.audit.Baby.typical;
import static org.safeguarding.audit.audit.DefaultTool.expected;
import static org.safeguarding.audit.audit.DefaultTool.outcome;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_APPLICABLE;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** FATHER_IDENTIFIED, MEN_ASSESSED and CRYING_ADVICE of the default tool. */
class PeopleCriteriaTests {

	@Test
	void fatherIdentified() {
		assertThat(outcome(typical().livesApart("FATHER", "DAD"), "FATHER_IDENTIFIED"))
			.isEqualTo(expected("FATHER_IDENTIFIED", MET, "father recorded: DAD"));
	}

	@Test
	void fatherRecordedAsNotKnown() {
		assertThat(outcome(typical().livesApart("FATHER", null), "FATHER_IDENTIFIED")).isEqualTo(expected(
				"FATHER_IDENTIFIED", PARTLY_MET, "FATHER relationship recorded with the father's identity not known"));
	}

	@Test
	void noFather() {
		assertThat(outcome(typical().lives("MOTHERS_PARTNER", "BOB"), "FATHER_IDENTIFIED"))
			.isEqualTo(expected("FATHER_IDENTIFIED", NOT_MET, "no FATHER relationship recorded"));
	}

	@Test
	void fatherWhoseRelationshipStartsAfterTheAuditDateIsNotYetRecorded() {
		Baby baby = typical().relationship("FATHER", "DAD", true, A.plusDays(1), null);
		assertThat(outcome(baby, "FATHER_IDENTIFIED").outcome()).isEqualTo(NOT_MET);
		assertThat(outcome(baby, "MEN_ASSESSED").outcome()).isEqualTo(NOT_APPLICABLE);
	}

	@Test
	void everyManAssessed() {
		Baby baby = typical().sex("BOB", "M")
			.lives("FATHER", "DAD")
			.lives("MOTHERS_PARTNER", "BOB")
			.did("CARER_ASSESSMENT", date("2026-09-02"), "BOB")
			.did("CARER_ASSESSMENT", date("2026-09-01"), "DAD");
		assertThat(outcome(baby, "MEN_ASSESSED")).isEqualTo(expected("MEN_ASSESSED", MET,
				"carer assessment: BOB (mother's partner) on 2026-09-02, DAD (father) on 2026-09-01"));
	}

	@Test
	void manWhoLeftIsStillToBeAssessed() {
		Baby baby = typical().relationship("FATHER", "DAD", false, null, date("2026-08-01"))
			.sex("BOB", "M")
			.lives("OTHER_CARER", "BOB")
			.did("CARER_ASSESSMENT", date("2026-09-01"), "BOB");
		assertThat(outcome(baby, "MEN_ASSESSED")).isEqualTo(expected("MEN_ASSESSED", PARTLY_MET,
				"carer assessment: BOB (other carer) on 2026-09-01; none recorded for DAD (father)"));
	}

	@Test
	void noManAssessed() {
		assertThat(outcome(typical().livesApart("FATHER", "DAD"), "MEN_ASSESSED"))
			.isEqualTo(expected("MEN_ASSESSED", NOT_MET, "no carer assessment recorded for DAD (father)"));
	}

	@Test
	void noMenToAssess() {
		Baby baby = typical().lives("MOTHER", "MUM").sex("PAT", "U").lives("FATHER", "PAT");
		assertThat(outcome(baby, "MEN_ASSESSED"))
			.isEqualTo(expected("MEN_ASSESSED", NOT_APPLICABLE, "no father, mother's partner or male carer recorded"));
	}

	@Test
	void cryingAdviceForOneCarerOfTwo() {
		Baby baby = typical().sex("P2", "F")
			.sex("P3", "M")
			.lives("MOTHER", "P2")
			.lives("FATHER", "P3")
			.did("COPING_WITH_CRYING_ADVICE", date("2026-07-03"), "P2");
		assertThat(outcome(baby, "CRYING_ADVICE")).isEqualTo(expected("CRYING_ADVICE", PARTLY_MET,
				"coping-with-crying advice: P2 (mother) on 2026-07-03; none recorded for P3 (father)"));
	}

	@Test
	void cryingAdviceForEveryCarer() {
		Baby baby = typical().lives("MOTHER", "MUM").did("COPING_WITH_CRYING_ADVICE", date("2026-07-03"), "MUM");
		assertThat(outcome(baby, "CRYING_ADVICE"))
			.isEqualTo(expected("CRYING_ADVICE", MET, "coping-with-crying advice: MUM (mother) on 2026-07-03"));
	}

	@Test
	void cryingAdviceForNoCarer() {
		assertThat(outcome(typical().lives("MOTHER", "MUM"), "CRYING_ADVICE"))
			.isEqualTo(expected("CRYING_ADVICE", NOT_MET, "no coping-with-crying advice recorded for MUM (mother)"));
	}

	@Test
	void carerWhoseRelationshipEndedNeedsNoAdvice() {
		Baby baby = typical().relationship("MOTHER", "MUM", true, null, A.minusDays(1)).livesApart("FATHER", "DAD");
		assertThat(outcome(baby, "CRYING_ADVICE"))
			.isEqualTo(expected("CRYING_ADVICE", NOT_APPLICABLE, "no carer living with the child"));
	}
}
