package org.safeguarding.audit.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguarding.audit.generate.DropChecker.Reason;

/** One table's check-1 rules from the format spec: required values, dates, codes, date order, references. */
record TableRule(String table, List<String> required, List<String> dates, List<String> order,
		Map<String, Set<String>> codes, List<String> personReferences) {

	private static final List<TableRule> RULES = List.of(
			new TableRule("ssd_person", List.of("pers_person_id"), List.of("pers_dob", "pers_expected_dob"), List.of(),
					Map.of("pers_sex", Set.of("", "M", "F", "U", "I")), List.of()),
			new TableRule("ssd_cin_episodes", List.of("cine_referral_id", "cine_person_id", "cine_referral_date"),
					List.of("cine_referral_date", "cine_close_date"), List.of("cine_referral_date", "cine_close_date"),
					Map.of(), List.of("cine_person_id")),
			new TableRule("ssd_cp_plans", List.of("cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date"),
					List.of("cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
					List.of("cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
					Map.of("cppl_cp_plan_initial_category", Set.of("", "NEG", "PHY", "SAB", "EMO", "MUL")),
					List.of("cppl_person_id")),
			new TableRule("ssd_cin_assessments", List.of("cina_assessment_id", "cina_person_id", "cina_assessment_start_date"),
					List.of("cina_assessment_start_date", "cina_assessment_auth_date"),
					List.of("cina_assessment_start_date", "cina_assessment_auth_date"), Map.of(), List.of("cina_person_id")),
			new TableRule("ssd_assessment_factors",
					List.of("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json"), List.of(), List.of(),
					Map.of(), List.of()),
			new TableRule("ext_person_relationship", List.of("rela_relationship_id", "rela_person_id", "rela_relationship_type"),
					List.of("rela_start_date", "rela_end_date"), List.of("rela_start_date", "rela_end_date"),
					Map.of("rela_relationship_type", Set.of("MOTHER", "FATHER", "MOTHERS_PARTNER", "OTHER_CARER", "OTHER"),
							"rela_lives_with_child", Set.of("", "Y", "N")),
					List.of("rela_person_id", "rela_related_person_id")),
			new TableRule("ext_agency_events",
					List.of("evnt_event_id", "evnt_person_id", "evnt_agency", "evnt_event_type", "evnt_event_date"),
					List.of("evnt_event_date", "evnt_recorded_date"), List.of("evnt_event_date", "evnt_recorded_date"),
					Map.of("evnt_agency", DropChecker.AGENCIES, "evnt_event_type", DropChecker.EVENT_TYPES, "evnt_outcome",
							Set.of("", "COMPLETED", "NOT_COMPLETED")),
					List.of("evnt_person_id", "evnt_subject_person_id")));

	static TableRule forFile(String fileName) {
		return RULES.stream().filter((rule) -> fileName.startsWith(rule.table())).findFirst().orElseThrow();
	}

	static TableRule forTable(String table) {
		return RULES.stream().filter((rule) -> rule.table().equals(table)).findFirst().orElseThrow();
	}

	Reason firstFailure(Map<String, String> row) {
		for (String column : this.required) {
			if (row.get(column).isEmpty()) {
				return Reason.EMPTY_REQUIRED;
			}
		}
		for (String column : this.dates) {
			if (!row.get(column).isEmpty() && !DropChecker.isDate(row.get(column))) {
				return Reason.INVALID_DATE;
			}
		}
		for (Map.Entry<String, Set<String>> code : this.codes.entrySet()) {
			if (!code.getValue().contains(DropChecker.upper(row.get(code.getKey())))) {
				return code.getKey().equals("pers_sex") ? Reason.BAD_SEX
						: code.getKey().equals("rela_lives_with_child") ? Reason.BAD_Y_N : Reason.UNKNOWN_CODE;
			}
		}
		if (!this.order.isEmpty() && !row.get(this.order.get(0)).isEmpty() && !row.get(this.order.get(1)).isEmpty()
				&& DropChecker.date(row.get(this.order.get(1))).isBefore(DropChecker.date(row.get(this.order.get(0))))) {
			return Reason.DATE_ORDER;
		}
		if (this.table.equals("ssd_assessment_factors")
				&& !DropChecker.isFactorJson(row.get("cinf_assessment_factors_json"))) {
			return Reason.INVALID_JSON;
		}
		String type = DropChecker.upper(row.getOrDefault("evnt_event_type", ""));
		if ((type.equals("CARER_ASSESSMENT") || type.equals("COPING_WITH_CRYING_ADVICE"))
				&& row.get("evnt_subject_person_id").isEmpty()) {
			return Reason.MISSING_SUBJECT;
		}
		return null;
	}
}
