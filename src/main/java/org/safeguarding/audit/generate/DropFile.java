package org.safeguarding.audit.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The files a generated drop holds (in file-name order, as they are read) with their columns
 * and the share of rows whose dates the sending system writes as DD/MM/YYYY. In a column list
 * {@code :R} marks a required value, {@code :D} a date and {@code :P} a person reference.
 */
enum DropFile {

	EVENTS_CSC("ext_agency_events_csc.csv", 0.5, Columns.EVENTS),
	EVENTS_GP("ext_agency_events_gp.csv", 0.6, Columns.EVENTS),
	EVENTS_HEALTH_VISITING("ext_agency_events_health_visiting.csv", 0.3, Columns.EVENTS),
	EVENTS_HOSPITAL("ext_agency_events_hospital.csv", 0.4, Columns.EVENTS),
	EVENTS_MIDWIFERY("ext_agency_events_midwifery.csv", 0.3, Columns.EVENTS),
	EVENTS_POLICE("ext_agency_events_police.csv", 0.2, Columns.EVENTS),
	RELATIONSHIPS("ext_person_relationship.csv", 0.25, "rela_relationship_id:R,rela_person_id:RP,"
			+ "rela_related_person_id:P,rela_relationship_type:R,rela_lives_with_child,rela_start_date:D,rela_end_date:D"),
	FACTORS("ssd_assessment_factors.csv", 0, "cinf_table_id:R,cinf_assessment_id:R,cinf_assessment_factors_json:R"),
	ASSESSMENTS("ssd_cin_assessments.csv", 0.25, "cina_assessment_id:R,cina_person_id:RP,cina_referral_id,"
			+ "cina_assessment_start_date:RD,cina_assessment_auth_date:D"),
	EPISODES("ssd_cin_episodes.csv", 0.25, "cine_referral_id:R,cine_person_id:RP,cine_referral_date:RD,"
			+ "cine_close_date:D,cine_referral_team,cine_referral_source_code"),
	PLANS("ssd_cp_plans.csv", 0.25, "cppl_cp_plan_id:R,cppl_person_id:RP,cppl_referral_id,"
			+ "cppl_cp_plan_start_date:RD,cppl_cp_plan_end_date:D,cppl_cp_plan_initial_category"),
	PERSONS("ssd_person.csv", 0.25, "pers_person_id:R,pers_sex,pers_dob:D,pers_expected_dob:D");

	private final String fileName;

	private final double ukDates;

	private final List<String> columns = new ArrayList<>();

	private final List<String> required = new ArrayList<>();

	private final List<String> dates = new ArrayList<>();

	private final List<String> personReferences = new ArrayList<>();

	DropFile(String fileName, double ukDates, String columns) {
		this.fileName = fileName;
		this.ukDates = ukDates;
		for (String column : columns.split(",")) {
			String[] nameAndMarks = column.split(":");
			String name = nameAndMarks[0];
			String marks = (nameAndMarks.length > 1) ? nameAndMarks[1] : "";
			this.columns.add(name);
			addIf(marks.contains("R"), this.required, name);
			addIf(marks.contains("D"), this.dates, name);
			addIf(marks.contains("P"), this.personReferences, name);
		}
	}

	static DropFile forAgency(String agency) {
		return valueOf("EVENTS_" + agency);
	}

	String fileName() {
		return this.fileName;
	}

	double ukDates() {
		return this.ukDates;
	}

	List<String> columns() {
		return Collections.unmodifiableList(this.columns);
	}

	List<String> required() {
		return Collections.unmodifiableList(this.required);
	}

	List<String> dates() {
		return Collections.unmodifiableList(this.dates);
	}

	List<String> personReferences() {
		return Collections.unmodifiableList(this.personReferences);
	}

	int column(String name) {
		int index = this.columns.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException(this.fileName + " has no column " + name);
		}
		return index;
	}

	boolean isEvents() {
		return name().startsWith("EVENTS_");
	}

	private static void addIf(boolean wanted, List<String> list, String name) {
		if (wanted) {
			list.add(name);
		}
	}

	/** Columns shared by every agency's events file. */
	private static final class Columns {

		static final String EVENTS = "evnt_event_id:R,evnt_person_id:RP,evnt_subject_person_id:P,evnt_agency:R,"
				+ "evnt_event_type:R,evnt_event_date:RD,evnt_recorded_date:D,evnt_outcome,evnt_reason";
	}
}
