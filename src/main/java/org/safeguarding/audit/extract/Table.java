package org.safeguarding.audit.extract;

import static org.safeguarding.audit.extract.Column.Presence.C;
import static org.safeguarding.audit.extract.Column.Presence.O;
import static org.safeguarding.audit.extract.Column.Presence.R;
import static org.safeguarding.audit.extract.Column.code;
import static org.safeguarding.audit.extract.Column.date;
import static org.safeguarding.audit.extract.Column.factors;
import static org.safeguarding.audit.extract.Column.text;
import static org.safeguarding.audit.extract.Column.yesNo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables of the extract format (extract-format.md, version 1) and their columns. */
public enum Table {

	SSD_PERSON(text("pers_person_id", R),
			code("pers_sex", C, "M", "F", "U", "I").withDefault("U"),
			date("pers_dob", C),
			date("pers_expected_dob", C)),

	SSD_CIN_EPISODES(text("cine_referral_id", R),
			text("cine_person_id", R),
			date("cine_referral_date", R),
			date("cine_close_date", C).notBefore("cine_referral_date"),
			text("cine_referral_team", C).withDefault("Unallocated"),
			text("cine_referral_source_code", O)),

	SSD_CP_PLANS(text("cppl_cp_plan_id", R),
			text("cppl_person_id", R),
			date("cppl_cp_plan_start_date", R),
			date("cppl_cp_plan_end_date", C).notBefore("cppl_cp_plan_start_date"),
			text("cppl_referral_id", O),
			code("cppl_cp_plan_initial_category", O, "NEG", "PHY", "SAB", "EMO", "MUL")),

	SSD_CIN_ASSESSMENTS(text("cina_assessment_id", R),
			text("cina_person_id", R),
			date("cina_assessment_start_date", R),
			date("cina_assessment_auth_date", C).notBefore("cina_assessment_start_date"),
			text("cina_referral_id", O)),

	SSD_ASSESSMENT_FACTORS(text("cinf_table_id", R),
			text("cinf_assessment_id", R),
			factors("cinf_assessment_factors_json", R)),

	EXT_PERSON_RELATIONSHIP(text("rela_relationship_id", R),
			text("rela_person_id", R),
			text("rela_related_person_id", C),
			code("rela_relationship_type", R, "MOTHER", "FATHER", "MOTHERS_PARTNER", "OTHER_CARER", "OTHER"),
			yesNo("rela_lives_with_child", C).withDefault(false),
			date("rela_start_date", C),
			date("rela_end_date", C).notBefore("rela_start_date")),

	EXT_AGENCY_EVENTS(text("evnt_event_id", R),
			text("evnt_person_id", R),
			text("evnt_subject_person_id", C).requiredFor("evnt_event_type", "CARER_ASSESSMENT",
					"COPING_WITH_CRYING_ADVICE"),
			code("evnt_agency", R, "CSC", "MIDWIFERY", "HEALTH_VISITING", "GP", "POLICE", "HOSPITAL", "EDUCATION",
					"OTHER"),
			code("evnt_event_type", R, "CARER_ASSESSMENT", "HOUSEHOLD_VERIFIED", "GP_NOTIFIED",
					"CHRONOLOGY_UPDATED", "DA_ENQUIRY", "DA_RISK_ASSESSMENT", "SAFE_SLEEP_ADVICE",
					"CO_SLEEPING_ASSESSED", "COPING_WITH_CRYING_ADVICE", "PRE_BIRTH_ASSESSMENT", "BRUISING_OBSERVED",
					"REFERRAL_TO_CSC", "CP_MEDICAL", "PLAN_SHARED_WITH_PARENTS", "PLAN_SHARED_WITH_GP", "SUPERVISION"),
			date("evnt_event_date", R),
			date("evnt_recorded_date", C).notBefore("evnt_event_date"),
			code("evnt_outcome", C, "COMPLETED", "NOT_COMPLETED").withDefault("COMPLETED"),
			text("evnt_reason", C));

	/** The factor JSON is also stored parsed, as the list of codes it says yes to. */
	static final String FACTOR_CODES_COLUMN = "cinf_factors";

	private final List<Column> columns;

	private final List<String> dbColumns;

	Table(Column... columns) {
		this.columns = List.of(columns);
		List<String> names = new ArrayList<>();
		for (Column column : columns) {
			names.add(column.name());
			if (column.kind() == Column.Kind.FACTORS) {
				names.add(FACTOR_CODES_COLUMN);
			}
		}
		this.dbColumns = List.copyOf(names);
	}

	/**
	 * A person id in letters and digits only, lower case: the expression of each person
	 * partition's {@code _normalised} index (migration V42). A query must say it exactly so for
	 * PostgreSQL to use the index.
	 */
	public static final String NORMALISED_PERSON_ID = "lower(regexp_replace(pers_person_id, '[^[:alnum:]]', '', 'g'))";

	/** The database table, e.g. {@code ssd_person}; also the prefix of its file names. */
	public String tableName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The partition of this table that holds load {@code loadId}'s rows, e.g. {@code ssd_person_load_7}. */
	public String partition(long loadId) {
		return tableName() + "_load_" + loadId;
	}

	/** The column holding the row's id, e.g. {@code pers_person_id}. */
	public String idColumn() {
		return this.columns.get(0).name();
	}

	/** The typed value columns in the order of the table's DDL (without load and source columns). */
	public List<String> dbColumns() {
		return this.dbColumns;
	}

	/** The CSV columns of the format, in format order. */
	List<Column> columns() {
		return this.columns;
	}

	/**
	 * The table whose name the file name starts with, matched case-insensitively
	 * ({@code SSD_Person_2026.csv} is {@link #SSD_PERSON}).
	 */
	public static Optional<Table> forFileName(String fileName) {
		return Arrays.stream(values())
			.filter((table) -> fileName.toLowerCase(Locale.ROOT).startsWith(table.tableName()))
			.findFirst();
	}

}
