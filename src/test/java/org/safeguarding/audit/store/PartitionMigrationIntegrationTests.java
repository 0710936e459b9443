package org.safeguarding.audit.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V8 gives each run's results partitions of their own; V7 makes the results' case ids
 * sort in byte order. Migration V5 turns the extract tables into tables partitioned by load: a database that holds
 * loads made before it keeps every row, each load in its own indexed partitions.
 */
class PartitionMigrationIntegrationTests {

	@Test
	void rowsOfEarlierLoadsMoveIntoTheirPartitions() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			migrate(postgres, "4");
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			for (int load = 1; load <= 2; load++) {
				jdbc.sql("insert into extract_load (drop_folder, fingerprint, status, started_at) values (:folder, repeat(:digit, 64), 'LOADED', now())")
					.param("folder", "drop-" + load)
					.param("digit", String.valueOf(load))
					.update();
				jdbc.sql("""
						insert into ssd_person (load_id, pers_person_id, pers_sex, pers_dob, file_name, line_no, raw_line)
						values (:load, 'b1', 'F', date '2026-01-02', 'ssd_person.csv', 2, 'b1,F,2026-01-02'),
						       (:load, 'B2', 'M', null, 'ssd_person.csv', 3, 'B2,M,')""")
					.param("load", load)
					.update();
				jdbc.sql("""
						insert into ext_agency_events (load_id, evnt_event_id, evnt_person_id, evnt_agency, evnt_event_type,
						    evnt_event_date, evnt_outcome, file_name, line_no, raw_line)
						values (:load, 'V1', 'b1', 'GP', 'GP_NOTIFIED', date '2026-02-01', 'COMPLETED',
						        'ext_agency_events_gp.csv', 2, 'V1,b1,,GP,GP_NOTIFIED,2026-02-01,,,')""")
					.param("load", load)
					.update();
			}

			migrate(postgres, "5");

			assertThat(jdbc.sql("select load_id, count(*) from ssd_person group by load_id order by load_id")
				.query((rs, i) -> rs.getLong(1) + ":" + rs.getLong(2))
				.list()).containsExactly("1:2", "2:2");
			assertThat(jdbc.sql("select count(*) from ssd_person_load_2").query(Long.class).single()).isEqualTo(2);
			assertThat(jdbc.sql("select evnt_person_id from ext_agency_events_load_1").query(String.class).list())
				.containsExactly("b1");
			assertThat(jdbc.sql("select pers_person_id from ssd_person where load_id = 1 order by pers_person_id")
				.query(String.class)
				.list()).as("ids sort in byte order").containsExactly("B2", "b1");
			assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'ext_agency_events_load_1' order by 1")
				.query(String.class)
				.list()).containsExactly("ext_agency_events_load_1_id", "ext_agency_events_load_1_ref");
			assertThat(jdbc.sql("select to_regclass('ssd_person_v4') is null").query(Boolean.class).single()).isTrue();
		}
	}

	@Test
	void resultsOfEarlierRunsKeepTheirRowsAndSortTheirCaseIdsInByteOrder() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			migrate(postgres, "6");
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("insert into extract_load (drop_folder, fingerprint, status, started_at) values ('d', repeat('1', 64), 'LOADED', now())")
				.update();
			jdbc.sql("""
					insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status, started_at)
					select load_id, '2026-10', 'babies-under-one', '1', repeat('a', 64), 'Babies under one', 'PUBLISHED', now()
					from extract_load""")
				.update();
			for (String caseId : new String[] { "b1", "B2" }) {
				jdbc.sql("""
						insert into case_result (run_id, case_id, team, criterion_seq, criterion, outcome, evidence)
						select run_id, :caseId, 'North', 1, 'FATHER_IDENTIFIED', 'MET', 'father recorded: M1' from audit_run""")
					.param("caseId", caseId)
					.update();
				jdbc.sql("""
						insert into case_score (run_id, case_id, team, applicable_criteria, score, grade)
						select run_id, :caseId, 'North', 1, 100.0, 'GOOD' from audit_run""")
					.param("caseId", caseId)
					.update();
			}

			migrate(postgres, "7");

			assertThat(jdbc.sql("select case_id from case_result order by case_id").query(String.class).list())
				.containsExactly("B2", "b1");
			assertThat(jdbc.sql("select case_id from case_score order by case_id").query(String.class).list())
				.containsExactly("B2", "b1");
			assertThat(jdbc.sql("""
					select c.relname || ':' || coalesce(o.collname, '-')
					from pg_index i join pg_class c on c.oid = i.indexrelid
					left join pg_collation o on o.oid = i.indcollation[1]
					where i.indrelid in ('case_result'::regclass, 'case_score'::regclass) order by 1""")
				.query(String.class)
				.list()).as("each index's case_id key").containsExactly("case_result_run:C", "case_score_pkey:C");
		}
	}

	@Test
	void resultsOfEarlierRunsMoveIntoTheirRunsPartitionsWhichGoWithTheRun() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			migrate(postgres, "7");
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("insert into extract_load (drop_folder, fingerprint, status, started_at) values ('d', repeat('1', 64), 'LOADED', now())")
				.update();
			for (String period : new String[] { "2026-09", "2026-10" }) {
				long run = jdbc.sql("""
						insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status, started_at)
						select load_id, :period, 'babies-under-one', '1', repeat('a', 64), 'Babies under one', 'PUBLISHED', now()
						from extract_load returning run_id""").param("period", period).query(Long.class).single();
				for (String caseId : new String[] { "b1", "B2" }) {
					jdbc.sql("""
							insert into case_result (run_id, case_id, team, criterion_seq, criterion, outcome, evidence)
							values (:run, :caseId, 'North', 1, 'FATHER_IDENTIFIED', 'MET', 'father recorded: M1')""")
						.param("run", run)
						.param("caseId", caseId)
						.update();
					jdbc.sql("""
							insert into case_score (run_id, case_id, team, applicable_criteria, score, grade)
							values (:run, :caseId, 'North', 1, 100.0, 'GOOD')""").param("run", run).param("caseId", caseId).update();
				}
			}

			migrate(postgres, "8");

			assertThat(jdbc.sql("select run_id || ':' || case_id from case_result order by run_id, case_id")
				.query(String.class)
				.list()).containsExactly("1:B2", "1:b1", "2:B2", "2:b1");
			assertThat(jdbc.sql("select count(*) from case_result_run_2").query(Long.class).single()).isEqualTo(2);
			assertThat(jdbc.sql("select count(*) from case_score_run_1").query(Long.class).single()).isEqualTo(2);
			assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'case_result_run_1'")
				.query(String.class)
				.list()).containsExactly("case_result_run_1_case");

			jdbc.sql("select open_run_results(1)").query((rs, i) -> 1).list();
			assertThat(jdbc.sql("select count(*) from case_result where run_id = 1").query(Long.class).single())
				.as("a re-opened run starts empty").isZero();
			assertThat(jdbc.sql("select count(*) from case_result where run_id = 2").query(Long.class).single()).isEqualTo(2);

			jdbc.sql("delete from audit_run where run_id = 2").update();
			assertThat(jdbc.sql("""
					select count(*) from pg_class where relname in ('case_result_run_2', 'case_score_run_2')""")
				.query(Long.class)
				.single()).as("a deleted run's partitions are dropped").isZero();
			long run3 = jdbc.sql("""
					insert into audit_run (load_id, period, tool_id, tool_version, tool_sha256, tool_title, status, started_at)
					select load_id, '2026-11', 'babies-under-one', '1', repeat('a', 64), 'Babies under one', 'SCORING', now()
					from extract_load returning run_id""").query(Long.class).single();
			assertThat(jdbc.sql("select count(*) from pg_class where relname = 'case_result_run_' || :run")
				.param("run", run3)
				.query(Long.class)
				.single()).as("a new run gets its partitions").isEqualTo(1);
		}
	}

	private static void migrate(EmbeddedPostgres postgres, String version) {
		Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.locations("classpath:sql/migration")
			.target(MigrationVersion.fromVersion(version))
			.load()
			.migrate();
	}
}
