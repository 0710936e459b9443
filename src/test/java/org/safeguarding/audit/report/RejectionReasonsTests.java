package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.BoardPackData.ReasonCount;

class RejectionReasonsTests {

	@Test
	void reasonsOfOneKindAreCountedTogetherCommonestFirstInTheFormatsWords() {
		RejectionReasons reasons = new RejectionReasons();
		reasons.add("ssd_person", "pers_dob:not_a_date", 2);
		reasons.add("ssd_person", "pers_sex:not_a_code", 1);
		reasons.add("ext_agency_events", "evnt_event_id:duplicate", 3);

		assertThat(reasons.commonest(2)).containsExactly(
				new ReasonCount("ext_agency_events", "evnt_event_id repeats an earlier row's id", 3),
				new ReasonCount("ssd_person", "pers_dob is not a valid date", 2));
	}

	@Test
	void rowsRejectedBeforeKindsWereKeptAreCountedAsNotClassified() {
		RejectionReasons reasons = new RejectionReasons();
		reasons.add("ssd_person", null, 4);

		assertThat(reasons.commonest(10)).containsExactly(
				new ReasonCount("ssd_person", "reason not classified (rejected by an earlier version)", 4));
	}
}
