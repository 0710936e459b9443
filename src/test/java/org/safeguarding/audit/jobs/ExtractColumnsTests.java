package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.extract.Table;

/** The columns a database source reads, as extract-format.md lists them (R, C and O). */
class ExtractColumnsTests {

	@Test
	void aTablesColumnsAreTheFormatsInFormatOrder() {
		assertThat(ExtractColumns.of(Table.SSD_CP_PLANS)).containsExactly("cppl_cp_plan_id", "cppl_person_id",
				"cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_referral_id", "cppl_cp_plan_initial_category");
	}

	@Test
	void whatTheLoaderDerivesIsNotAColumnOfTheSource() {
		assertThat(ExtractColumns.of(Table.SSD_ASSESSMENT_FACTORS)).containsExactly("cinf_table_id",
				"cinf_assessment_id", "cinf_assessment_factors_json");
	}

	@Test
	void requiredAndMustExistColumnsMustExistOptionalOnesNeedNot() {
		List<String> episodes = ExtractColumns.of(Table.SSD_CIN_EPISODES);
		assertThat(episodes.stream().filter((c) -> ExtractColumns.mustExist(Table.SSD_CIN_EPISODES, c)))
			.containsExactly("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_close_date",
					"cine_referral_team");
		assertThat(ExtractColumns.mustExist(Table.SSD_CIN_EPISODES, "cine_referral_source_code")).isFalse();
		assertThat(ExtractColumns.of(Table.EXT_AGENCY_EVENTS))
			.allMatch((c) -> ExtractColumns.mustExist(Table.EXT_AGENCY_EVENTS, c))
			.hasSize(9);
	}
}
