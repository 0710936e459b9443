package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.BoardPackData.ReasonCount;

class RejectionReasonsTests {

	@Test
	void quotedValuesAreBlanked() {
		assertThat(RejectionReasons.anonymise("pers_dob '2026-13-45' is not a valid date", "P1"))
			.isEqualTo("pers_dob '…' is not a valid date");
		assertThat(RejectionReasons.anonymise("cine_person_id \"PERSON-9\" is not in ssd_person", null))
			.isEqualTo("cine_person_id \"…\" is not in ssd_person");
	}

	@Test
	void theRowsOwnRecordIdIsBlankedWhereverItStandsAsAWord() {
		assertThat(RejectionReasons.anonymise("duplicate evnt_event_id EVT-0042", "EVT-0042"))
			.isEqualTo("duplicate evnt_event_id …");
		// Only whole ids: a record id "1" leaves "line 12" alone.
		assertThat(RejectionReasons.anonymise("duplicate id 1 at line 12", "1")).isEqualTo("duplicate id … at line 12");
	}

	@Test
	void reasonsThatDifferOnlyInValuesAreCountedTogetherCommonestFirst() {
		RejectionReasons reasons = new RejectionReasons();
		reasons.add("ssd_person", "pers_dob '2026-13-45' is not a valid date", "P1", 1);
		reasons.add("ssd_person", "pers_dob 'yesterday' is not a valid date", "P2", 1);
		reasons.add("ssd_person", "pers_sex 'X' is not one of M, F, U, I", "P3", 1);
		reasons.add("ext_agency_events", "duplicate evnt_event_id E1", "E1", 1);
		reasons.add("ext_agency_events", "duplicate evnt_event_id E2", "E2", 2);

		assertThat(reasons.commonest(2)).containsExactly(
				new ReasonCount("ext_agency_events", "duplicate evnt_event_id …", 3),
				new ReasonCount("ssd_person", "pers_dob '…' is not a valid date", 2));
	}
}
