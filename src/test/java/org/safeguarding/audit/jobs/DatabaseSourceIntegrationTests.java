package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.extract.Drop;
import org.safeguarding.audit.extract.DropInspector;

import org.springframework.beans.factory.annotation.Autowired;

/** The {@code database} source against an agency's database: a second database in the embedded PostgreSQL. */
@AuditIntegrationTest
class DatabaseSourceIntegrationTests {

	private static final SourcesProperties SETTINGS = new SourcesProperties(Duration.ofSeconds(10),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	private static final Instant NOW = Instant.parse("2026-02-05T06:00:00Z");

	private static final YearMonth JANUARY = YearMonth.of(2026, 1);

	@Autowired
	DataSource application;

	@TempDir
	Path tmp;

	private SourceDatabase database;

	private final Map<String, String> env = new HashMap<>();

	@BeforeEach
	void agencyDatabase() throws SQLException {
		this.database = SourceDatabase.in(this.application);
		this.env.put("AGENCY_DB_URL", this.database.url);
		this.env.put("AGENCY_DB_USER", "postgres");
		this.env.put("AGENCY_DB_PASSWORD", this.database.password);
	}

	@Test
	void everyTableIsWrittenAsTheDropsCsvFileInFormatOrderWithDatesNullsAndQuoting() throws Exception {
		this.database.schema("agency", """
				insert into %1$s.ssd_person values ('P2', 'M', null, '2026-03-01', 'UPN-2'),
				    ('P1', 'F', '2025-12-01', null, 'UPN-1');
				insert into %1$s.ssd_cin_episodes values ('R1', 'P1', '2025-12-03', null, 'Team North, East', '3A');
				insert into %1$s.ssd_cp_plans values ('P1', 'CP1', '2026-01-10', null);
				insert into %1$s.ssd_cin_assessments values ('A1', 'P1', '2025-12-04', '2025-12-20', null);
				insert into %1$s.ssd_assessment_factors values ('F1', 'A1', '["3A","4B"]');
				insert into %1$s.ext_person_relationship values ('REL2', 'P1', null, 'MOTHERS_PARTNER', '', '2026-01-01', null),
				    ('REL1', 'P1', 'P2', 'FATHER', 'N', '2025-12-01', null);
				insert into %1$s.ext_agency_events values
				    ('E1', 'P1', null, 'POLICE', 'DA_ENQUIRY', '2026-01-03', '2026-01-04', 'NOT_COMPLETED',
				     'mother said "not now",' || chr(10) || 'partner present'),
				    ('E2', 'P1', 'P2', 'HEALTH_VISITING', 'COPING_WITH_CRYING_ADVICE', '2026-01-05', null, null, null);
				""");

		Path drop = source("agency").pull(JANUARY, this.tmp.resolve("pulls"));

		assertThat(drop).isEqualTo(this.tmp.resolve("pulls/20260205T060000Z"));
		assertThat(Folders.names(drop)).containsExactly("ext_agency_events.csv", "ext_person_relationship.csv",
				"ssd_assessment_factors.csv", "ssd_cin_assessments.csv", "ssd_cin_episodes.csv", "ssd_cp_plans.csv",
				"ssd_person.csv");
		assertThat(text(drop, "ssd_person.csv")).isEqualTo("""
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				P1,F,2025-12-01,
				P2,M,,2026-03-01
				""");
		assertThat(text(drop, "ssd_cin_episodes.csv")).isEqualTo("""
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team,cine_referral_source_code
				R1,P1,2025-12-03,,"Team North, East",3A
				""");
		assertThat(text(drop, "ssd_cp_plans.csv")).isEqualTo("""
				cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date
				CP1,P1,2026-01-10,
				""");
		assertThat(text(drop, "ssd_cin_assessments.csv")).isEqualTo("""
				cina_assessment_id,cina_person_id,cina_assessment_start_date,cina_assessment_auth_date,cina_referral_id
				A1,P1,2025-12-04,2025-12-20,
				""");
		assertThat(text(drop, "ssd_assessment_factors.csv")).isEqualTo("""
				cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json
				F1,A1,"[""3A"",""4B""]"
				""");
		assertThat(text(drop, "ext_person_relationship.csv")).isEqualTo("""
				rela_relationship_id,rela_person_id,rela_related_person_id,rela_relationship_type,\
				rela_lives_with_child,rela_start_date,rela_end_date
				REL1,P1,P2,FATHER,N,2025-12-01,
				REL2,P1,,MOTHERS_PARTNER,,2026-01-01,
				""");
		assertThat(text(drop, "ext_agency_events.csv")).isEqualTo("""
				evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,\
				evnt_recorded_date,evnt_outcome,evnt_reason
				E1,P1,,POLICE,DA_ENQUIRY,2026-01-03,2026-01-04,NOT_COMPLETED,"mother said ""not now"",
				partner present"
				E2,P1,P2,HEALTH_VISITING,COPING_WITH_CRYING_ADVICE,2026-01-05,,,
				""");
		Drop inspected = new DropInspector().inspect(drop);
		assertThat(inspected.files()).hasSize(7);
		assertThat(inspected.warnings()).isEmpty();
	}

	@Test
	void rowsAreStreamedAcrossFetchesAndTheSameRowsGiveTheSameBytes() throws Exception {
		this.database.schema("many", """
				insert into %1$s.ssd_person
				    select 'P' || lpad(i::text, 5, '0'), 'F', date '2025-01-01' + i, null, null
				    from generate_series(2500, 1, -1) i;
				""");
		DatabaseSource source = source("many");

		Path first = source.pull(JANUARY, this.tmp.resolve("pulls"));
		Path second = source.pull(JANUARY, this.tmp.resolve("pulls"));

		List<String> lines = Files.readAllLines(first.resolve("ssd_person.csv"));
		assertThat(lines).hasSize(2501);
		assertThat(lines.get(1)).isEqualTo("P00001,F,2025-01-02,");
		assertThat(lines.get(2500)).isEqualTo("P02500,F," + LocalDate.of(2025, 1, 1).plusDays(2500) + ",");
		assertThat(second).isEqualTo(this.tmp.resolve("pulls/20260205T060000Z-2"));
		for (String name : Folders.names(first)) {
			assertThat(second.resolve(name)).hasSameBinaryContentAs(first.resolve(name));
		}
	}

	@Test
	void theTablesAreReadInOneReadOnlyRepeatableReadTransaction() throws Exception {
		this.database.schema("probe", """
				drop table %1$s.ssd_person;
				create view %1$s.ssd_person as
				    select 'P1'::text as pers_person_id, current_setting('transaction_read_only') as pers_sex,
				        null::date as pers_dob, null::date as pers_expected_dob
				    union all
				    select 'P2', current_setting('transaction_isolation'), null, null;
				""");

		Path drop = source("probe").pull(JANUARY, this.tmp.resolve("pulls"));

		assertThat(text(drop, "ssd_person.csv")).isEqualTo("""
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				P1,on,,
				P2,repeatable read,,
				""");
	}

	@Test
	void aMissingTableRefusesThePullNamingItAndLeavesNothing() throws Exception {
		this.database.schema("no_events", "drop table %1$s.ext_agency_events;");

		assertThatThrownBy(() -> source("no_events").pull(JANUARY, this.tmp.resolve("pulls")))
			.isInstanceOf(DropPullException.class)
			.hasMessage("database: table no_events.ext_agency_events does not exist (a database source must hold "
					+ "every table of extract-format.md; an empty table when an agency has no rows of it)");
		assertThat(this.tmp.resolve("pulls")).doesNotExist();
	}

	@Test
	void aMissingRequiredOrMustExistColumnRefusesThePullNamingIt() throws Exception {
		this.database.schema("no_close_date", "alter table %1$s.ssd_cin_episodes drop column cine_close_date;");
		assertThatThrownBy(() -> source("no_close_date").pull(JANUARY, this.tmp.resolve("pulls")))
			.isInstanceOf(DropPullException.class)
			.hasMessage("database: column ssd_cin_episodes.cine_close_date does not exist in "
					+ "no_close_date.ssd_cin_episodes (every R and C column of extract-format.md must exist, even when "
					+ "empty)");

		this.database.schema("no_event_date", "alter table %1$s.ext_agency_events drop column evnt_event_date;");
		assertThatThrownBy(() -> source("no_event_date").pull(JANUARY, this.tmp.resolve("pulls")))
			.isInstanceOf(DropPullException.class)
			.hasMessageStartingWith("database: column ext_agency_events.evnt_event_date does not exist in "
					+ "no_event_date.ext_agency_events");
		assertThat(this.tmp.resolve("pulls")).doesNotExist();
	}

	@Test
	void credentialVariablesThatAreUnsetOrWrongAreNamedAndTheirValuesNeverShown() {
		this.env.remove("AGENCY_DB_PASSWORD");
		assertThatThrownBy(() -> source("agency").pull(JANUARY, this.tmp.resolve("pulls")))
			.isInstanceOf(DropPullException.class)
			.hasMessage("source.password-env: the environment variable AGENCY_DB_PASSWORD is not set or is empty");

		this.env.put("AGENCY_DB_PASSWORD", "s3cret-value");
		this.env.put("AGENCY_DB_URL", "mysql://agency:s3cret-value@db.example/cases");
		assertThatThrownBy(() -> source("agency").pull(JANUARY, this.tmp.resolve("pulls")))
			.isInstanceOf(DropPullException.class)
			.hasMessage("source.url-env: the environment variable AGENCY_DB_URL does not hold a PostgreSQL JDBC URL "
					+ "(jdbc:postgresql://host:port/database)");
		assertThat(this.tmp.resolve("pulls")).doesNotExist();
	}

	@Test
	void everyPeriodHasADrop() {
		assertThat(source("agency").hasDropFor(YearMonth.of(2019, 4))).isTrue();
	}

	private DatabaseSource source(String schema) {
		return new DatabaseSource(
				new SourceDefinition.Database("AGENCY_DB_URL", "AGENCY_DB_USER", "AGENCY_DB_PASSWORD", schema),
				SETTINGS, this.env::get, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static String text(Path drop, String file) throws IOException {
		return Files.readString(drop.resolve(file), StandardCharsets.UTF_8);
	}
}
