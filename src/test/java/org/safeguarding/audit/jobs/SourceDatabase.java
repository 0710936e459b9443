package org.safeguarding.audit.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * An agency's database for the {@code database} source's tests: a second database in the
 * embedded PostgreSQL the integration tests start, each test case in a schema of its own.
 */
final class SourceDatabase {

	static final String NAME = "agency_source";

	/** The extract-format tables as an agency might keep them: format columns, plus one of its own. */
	static final String EXTRACT_TABLES = """
			create table %1$s.ssd_person (pers_person_id text primary key, pers_sex text, pers_dob date,
			    pers_expected_dob date, pers_upn text);
			create table %1$s.ssd_cin_episodes (cine_referral_id text, cine_person_id text, cine_referral_date date,
			    cine_close_date date, cine_referral_team text, cine_referral_source_code text);
			create table %1$s.ssd_cp_plans (cppl_person_id text, cppl_cp_plan_id text, cppl_cp_plan_start_date date,
			    cppl_cp_plan_end_date date);
			create table %1$s.ssd_cin_assessments (cina_assessment_id text, cina_person_id text,
			    cina_assessment_start_date date, cina_assessment_auth_date date, cina_referral_id text);
			create table %1$s.ssd_assessment_factors (cinf_table_id text, cinf_assessment_id text,
			    cinf_assessment_factors_json text);
			create table %1$s.ext_person_relationship (rela_relationship_id text, rela_person_id text,
			    rela_related_person_id text, rela_relationship_type text, rela_lives_with_child text,
			    rela_start_date date, rela_end_date date);
			create table %1$s.ext_agency_events (evnt_event_id text, evnt_person_id text, evnt_subject_person_id text,
			    evnt_agency text, evnt_event_type text, evnt_event_date date, evnt_recorded_date date,
			    evnt_outcome text, evnt_reason text);
			""";

	final String url;

	/** The embedded server's password (it authenticates every connection with one). */
	final String password;

	private SourceDatabase(String url, String password) {
		this.url = url;
		this.password = password;
	}

	/** Creates the database in the application's embedded PostgreSQL the first time. */
	static SourceDatabase in(DataSource application) throws SQLException {
		try (Connection connection = application.getConnection(); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'");
			if (!exists.next()) {
				statement.execute("create database " + NAME);
			}
			String url = connection.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + NAME + "$1");
			String password = application.unwrap(com.zaxxer.hikari.HikariDataSource.class).getPassword();
			return new SourceDatabase(url, (password != null) ? password : "");
		}
	}

	/** A new schema holding the extract tables, after which {@code sql} runs ({@code %1$s} is the schema). */
	void schema(String schema, String sql) throws SQLException {
		run("drop schema if exists " + schema + " cascade; create schema " + schema + ";"
				+ EXTRACT_TABLES.formatted(schema) + sql.formatted(schema));
	}

	void run(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "postgres", this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
