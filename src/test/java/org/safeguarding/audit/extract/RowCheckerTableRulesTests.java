package org.safeguarding.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RowCheckerTableRulesTests {

	private static final String EPISODES = "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,"
			+ "cine_referral_team,cine_referral_source_code\n";

	private static final String PLANS = "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date,"
			+ "cppl_referral_id,cppl_cp_plan_initial_category\n";

	private static final String ASSESSMENTS = "cina_assessment_id,cina_person_id,cina_assessment_start_date,"
			+ "cina_assessment_auth_date,cina_referral_id\n";

	private static final String RELATIONSHIPS = "rela_relationship_id,rela_person_id,rela_related_person_id,"
			+ "rela_relationship_type,rela_lives_with_child,rela_start_date,rela_end_date\n";

	private static final String EVENTS = "evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,"
			+ "evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason\n";

	@Test
	void episodeValuesAndUnallocatedTeam() {
		CheckedRow row = Rows.one(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,01/02/2026,2026-03-01,,3A\n");

		assertThat(row.values()).containsExactly("R1", "P1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
				"Unallocated", "3A");
	}

	@Test
	void episodeSourceCodeIsKeptNotChecked() {
		assertThat(Rows.one(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,2026-02-01,,Team A,anything\n").values())
			.containsExactly("R1", "P1", LocalDate.of(2026, 2, 1), null, "Team A", "anything");
	}

	@Test
	void episodeClosedBeforeReferral() {
		assertThat(Rows.reason(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,2026-02-01,01/01/2026,,\n"))
			.isEqualTo("cine_close_date 2026-01-01 is before cine_referral_date 2026-02-01");
	}

	@Test
	void episodeClosedOnTheReferralDayIsFine() {
		assertThat(Rows.one(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,2026-02-01,01/02/2026,,\n").rejected()).isFalse();
	}

	@Test
	void dateOrderIsNotCheckedWhenADateIsItselfInvalid() {
		assertThat(Rows.reason(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,2026-02-30,2026-01-01,,\n"))
			.isEqualTo("cine_referral_date '2026-02-30' is not a valid date");
		assertThat(Rows.reason(Table.SSD_CIN_EPISODES, EPISODES + "R1,P1,,2026-01-01,,\n"))
			.isEqualTo("cine_referral_date is empty");
	}

	@Test
	void planValuesAndCategoryCodes() {
		CheckedRow row = Rows.one(Table.SSD_CP_PLANS, PLANS + "CP1,P1,2026-02-01,,R1,neg\n");

		assertThat(row.values()).containsExactly("CP1", "P1", LocalDate.of(2026, 2, 1), null, "R1", "NEG");
		assertThat(Rows.one(Table.SSD_CP_PLANS, PLANS + "CP1,P1,2026-02-01,,,\n").values()[5]).isNull();
		assertThat(Rows.reason(Table.SSD_CP_PLANS, PLANS + "CP1,P1,2026-02-01,,,NEGLECT\n"))
			.isEqualTo("cppl_cp_plan_initial_category 'NEGLECT' is not one of NEG, PHY, SAB, EMO, MUL");
	}

	@Test
	void planEndedBeforeItStarted() {
		assertThat(Rows.reason(Table.SSD_CP_PLANS, PLANS + "CP1,P1,2026-02-01,2026-01-31,,\n"))
			.isEqualTo("cppl_cp_plan_end_date 2026-01-31 is before cppl_cp_plan_start_date 2026-02-01");
	}

	@Test
	void assessmentAuthorisedBeforeItStarted() {
		assertThat(Rows.one(Table.SSD_CIN_ASSESSMENTS, ASSESSMENTS + "A1,P1,2026-02-01,2026-02-10,R1\n").values())
			.containsExactly("A1", "P1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), "R1");
		assertThat(Rows.reason(Table.SSD_CIN_ASSESSMENTS, ASSESSMENTS + "A1,P1,10/02/2026,09/02/2026,\n"))
			.isEqualTo("cina_assessment_auth_date 2026-02-09 is before cina_assessment_start_date 2026-02-10");
	}

	@Test
	void relationshipValuesAndLivesWithChildDefault() {
		CheckedRow row = Rows.one(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,,father,,2025-06-01,\n");

		assertThat(row.values()).containsExactly("L1", "P1", null, "FATHER", false, LocalDate.of(2025, 6, 1), null);
	}

	@Test
	void livesWithChildIsYOrN() {
		assertThat(Rows.check(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,MOTHER,y,,\nL2,P1,P3,OTHER,N,,\n"))
			.extracting((row) -> row.values()[4])
			.containsExactly(true, false);
		assertThat(Rows.reason(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,MOTHER,Yes,,\n"))
			.isEqualTo("rela_lives_with_child 'Yes' is not Y or N");
	}

	@Test
	void relationshipTypeIsACode() {
		assertThat(Rows.one(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,Mothers_Partner,Y,,\n").values()[3])
			.isEqualTo("MOTHERS_PARTNER");
		assertThat(Rows.reason(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,STEPFATHER,Y,,\n"))
			.isEqualTo("rela_relationship_type 'STEPFATHER' is not one of MOTHER, FATHER, MOTHERS_PARTNER, OTHER_CARER, "
					+ "OTHER");
		assertThat(Rows.reason(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,,Y,,\n"))
			.isEqualTo("rela_relationship_type is empty");
	}

	@Test
	void relationshipEndedBeforeItStarted() {
		assertThat(Rows.reason(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,MOTHER,Y,2026-02-01,2026-01-01\n"))
			.isEqualTo("rela_end_date 2026-01-01 is before rela_start_date 2026-02-01");
		assertThat(Rows.one(Table.EXT_PERSON_RELATIONSHIP, RELATIONSHIPS + "L1,P1,P2,MOTHER,Y,,2026-01-01\n").rejected())
			.isFalse();
	}

	@Test
	void eventValuesAndCompletedDefault() {
		CheckedRow row = Rows.one(Table.EXT_AGENCY_EVENTS,
				EVENTS + "E1,P1,,midwifery,gp_notified,2026-02-01,02/02/2026,,\n");

		assertThat(row.values()).containsExactly("E1", "P1", null, "MIDWIFERY", "GP_NOTIFIED", LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 2, 2), "COMPLETED", null);
	}

	@Test
	void eventNotCompletedWithReason() {
		CheckedRow row = Rows.one(Table.EXT_AGENCY_EVENTS,
				EVENTS + "E1,P1,,HEALTH_VISITING,DA_ENQUIRY,2026-02-01,,not_completed,\" partner present \"\n");

		assertThat(row.values()).containsExactly("E1", "P1", null, "HEALTH_VISITING", "DA_ENQUIRY",
				LocalDate.of(2026, 2, 1), null, "NOT_COMPLETED", "partner present");
	}

	@Test
	void subjectPersonIsRequiredForCarerAssessment() {
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,,CSC,carer_assessment,2026-02-01,,,\n"))
			.isEqualTo("evnt_subject_person_id is empty; it is required for CARER_ASSESSMENT");
		assertThat(Rows.one(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,P9,CSC,CARER_ASSESSMENT,2026-02-01,,,\n").values()[2])
			.isEqualTo("P9");
	}

	@Test
	void subjectPersonIsRequiredForCopingWithCryingAdvice() {
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1, ,GP,COPING_WITH_CRYING_ADVICE,2026-02-01,,,\n"))
			.isEqualTo("evnt_subject_person_id is empty; it is required for COPING_WITH_CRYING_ADVICE");
	}

	@Test
	void subjectPersonIsNotRequiredForOtherEventsOrUnknownTypes() {
		assertThat(Rows.one(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,,GP,SAFE_SLEEP_ADVICE,2026-02-01,,,\n").rejected())
			.isFalse();
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,,GP,FOO,2026-02-01,,,\n"))
			.isEqualTo("evnt_event_type 'FOO' is not one of CARER_ASSESSMENT, HOUSEHOLD_VERIFIED, GP_NOTIFIED, "
					+ "CHRONOLOGY_UPDATED, DA_ENQUIRY, DA_RISK_ASSESSMENT, SAFE_SLEEP_ADVICE, CO_SLEEPING_ASSESSED, "
					+ "COPING_WITH_CRYING_ADVICE, PRE_BIRTH_ASSESSMENT, BRUISING_OBSERVED, REFERRAL_TO_CSC, CP_MEDICAL, "
					+ "PLAN_SHARED_WITH_PARENTS, PLAN_SHARED_WITH_GP, SUPERVISION");
	}

	@Test
	void eventAgencyAndOutcomeAreCodes() {
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,,NHS,GP_NOTIFIED,2026-02-01,,DONE,\n"))
			.isEqualTo("evnt_agency 'NHS' is not one of CSC, MIDWIFERY, HEALTH_VISITING, GP, POLICE, HOSPITAL, "
					+ "EDUCATION, OTHER; evnt_outcome 'DONE' is not one of COMPLETED, NOT_COMPLETED");
	}

	@Test
	void eventRecordedBeforeItHappened() {
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + "E1,P1,,GP,GP_NOTIFIED,2026-02-01,2026-01-31,,\n"))
			.isEqualTo("evnt_recorded_date 2026-01-31 is before evnt_event_date 2026-02-01");
	}

	@Test
	void crossColumnProblemsJoinOtherProblemsInColumnOrder() {
		assertThat(Rows.reason(Table.EXT_AGENCY_EVENTS, EVENTS + ",P1,,GP,CARER_ASSESSMENT,2026-02-01,2026-01-31,x,\n"))
			.isEqualTo("evnt_event_id is empty; evnt_subject_person_id is empty; it is required for CARER_ASSESSMENT; "
					+ "evnt_recorded_date 2026-01-31 is before evnt_event_date 2026-02-01; "
					+ "evnt_outcome 'x' is not one of COMPLETED, NOT_COMPLETED");
	}

}
