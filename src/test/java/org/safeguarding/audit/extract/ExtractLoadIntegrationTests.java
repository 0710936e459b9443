package org.safeguarding.audit.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading drops into PostgreSQL: every line loaded or rejected with its reason, nothing twice. */
@AuditIntegrationTest
class ExtractLoadIntegrationTests {

	static final List<String> TABLES = List.of("extract_load", "extract_file", "rejected_row", "ssd_person",
			"ssd_cin_episodes", "ssd_cp_plans", "ssd_cin_assessments", "ssd_assessment_factors",
			"ext_person_relationship", "ext_agency_events", "audit_run", "case_result", "case_score",
			"criterion_summary");

	@Autowired
	AuditRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExtractResolver resolver;

	@Autowired
	PlatformTransactionManager transactionManager;

	@TempDir
	Path temp;

	Path badDrop() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("ssd_person.csv", """
				PERS_PERSON_ID,pers_sex,pers_dob,pers_expected_dob,nhs_number
				P1,F,2026-07-01,,1
				P2,f,01/01/1995,,2
				P3,M,1990-01-01,,3
				P5,M,31/02/2026,,5
				P1,F,2026-07-02,,6
				""");
		files.put("ssd_cin_episodes.csv", """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				E1,P1,2026-06-15,,North
				E2,P9,2026-06-15,,North
				E3,P5,2026-06-15,,North
				""");
		files.put("ssd_cin_assessments.csv", """
				cina_assessment_id,cina_person_id,cina_assessment_start_date,cina_assessment_auth_date
				A1,P1,2026-06-20,
				A5,P5,2026-06-20,
				""");
		files.put("ssd_assessment_factors.csv", """
				cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json
				F1,A1,"[""3A""]"
				F5,A5,"{""3B"":""Yes""}"
				""");
		files.put("ext_agency_events_gp.csv", """
				evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
				V1,P1,P3,CSC,CARER_ASSESSMENT,2026-06-20,,,
				V2,P1,P7,CSC,CARER_ASSESSMENT,2026-06-20,,,
				V3,P1,,GP,GP_NOTIFIED,2026-06-19,,,"told, by letter"
				V1,P1,,GP,GP_NOTIFIED,2026-06-21,,,
				""");
		return TestDrops.write(this.temp, "bad-drop", files);
	}

	@Test
	void everyLineIsLoadedOrRejectedWithItsReason() throws Exception {
		Path out = this.temp.resolve("out");
		AuditRunner.RunResult result = this.runner.run(badDrop(), "2026-10", null, out);

		assertThat(result.completed()).as(result.reason()).isTrue();
		assertThat(Files.readAllLines(out.resolve("rejected-rows.csv"))).containsExactly(
				"file,line,table,record_id,reason",
				"ext_agency_events_gp.csv,3,ext_agency_events,V2,unknown person 'P7' in evnt_subject_person_id",
				"ext_agency_events_gp.csv,5,ext_agency_events,V1,duplicate evnt_event_id 'V1' (first read at ext_agency_events_gp.csv line 2)",
				"ssd_assessment_factors.csv,3,ssd_assessment_factors,F5,unknown assessment 'A5' (its row at ssd_cin_assessments.csv line 3 was rejected)",
				"ssd_cin_assessments.csv,3,ssd_cin_assessments,A5,unknown person 'P5' (its row at ssd_person.csv line 5 was rejected)",
				"ssd_cin_episodes.csv,3,ssd_cin_episodes,E2,unknown person 'P9'",
				"ssd_cin_episodes.csv,4,ssd_cin_episodes,E3,unknown person 'P5' (its row at ssd_person.csv line 5 was rejected)",
				"ssd_person.csv,5,ssd_person,P5,pers_dob '31/02/2026' is not a valid date",
				"ssd_person.csv,6,ssd_person,P1,duplicate pers_person_id 'P1' (first read at ssd_person.csv line 2)");
		long loadId = loadIdOf(result);
		assertThat(count("ssd_person", loadId)).isEqualTo(3);
		assertThat(count("ssd_cin_episodes", loadId)).isEqualTo(1);
		assertThat(count("ext_agency_events", loadId)).isEqualTo(2);
		assertThat(this.jdbc.sql("select pers_sex from ssd_person where load_id = :id and pers_person_id = 'P2'")
			.param("id", loadId).query(String.class).single()).isEqualTo("F");
		assertThat(this.jdbc.sql("select raw_line from rejected_row where load_id = :id and record_id = 'P5'")
			.param("id", loadId).query(String.class).single()).isEqualTo("P5,M,31/02/2026,,5");
		assertThat(this.jdbc.sql("""
				select file_name || ':' || rows_read || '=' || rows_loaded || '+' || rows_rejected
				from extract_file where load_id = :id order by file_name""").param("id", loadId).query(String.class).list())
			.containsExactly("ext_agency_events_gp.csv:4=2+2", "ssd_assessment_factors.csv:2=1+1",
					"ssd_cin_assessments.csv:2=1+1", "ssd_cin_episodes.csv:3=1+2", "ssd_person.csv:5=3+2");
		assertThat(this.jdbc.sql("""
				select indexname from pg_indexes where tablename like '%\\_load\\_' || :id order by 1""")
			.param("id", loadId).query(String.class).list())
			.as("ids indexed once the duplicates were rejected, the children's rows by child, persons by normalised id")
			.containsExactly(Arrays.stream(Table.values())
				.flatMap(table -> Stream.of(table.tableName() + "_load_" + loadId + "_id",
						table.tableName() + "_load_" + loadId + (table == Table.SSD_PERSON ? "_normalised" : "_ref")))
				.sorted().toArray(String[]::new));
		assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"ssd_person\" : {")
			.contains("ssd_person.csv: column 'nhs_number' is not in the format and was ignored");
	}

	@Test
	void aLoadThatAddsManyRejectedRowsGivesThePlannerTheirNumber() throws Exception {
		// Planned without statistics, a page of the rejected-rows sheet expected a few thousand
		// rows of the load and sorted them all on every page (a million: 77.6 s of publishing).
		StringBuilder events = new StringBuilder("evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,"
				+ "evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason\n");
		for (int i = 1; i <= 12_000; i++) {
			events.append('X').append(i).append(",P1,,GP,GP_NOTIFIED,31/02/2026,,,\n");
		}
		Path drop = TestDrops.write(this.temp, "many-rejected", Map.of("ssd_person.csv", """
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				P1,F,2026-07-01,
				""", "ssd_cin_episodes.csv", """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				E1,P1,2026-07-15,,North
				""", "ext_agency_events_gp.csv", events.toString()));
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, this.temp.resolve("many-rejected-out"));
		assertThat(result.completed()).as(result.reason()).isTrue();
		long loadId = loadIdOf(result);
		assertThat(this.jdbc.sql("select count(*) from rejected_row where load_id = :id").param("id", loadId)
			.query(Long.class).single()).isEqualTo(12_000);
		String plan = this.jdbc.sql("explain select * from rejected_row where load_id = " + loadId)
			.query(String.class).list().get(0);
		long estimated = Long.parseLong(plan.replaceAll(".* rows=(\\d+) .*", "$1"));
		assertThat(estimated).as(plan).isBetween(10_000L, 14_000L);
	}

	@Test
	void loadingTheSameDropTwiceChangesNothing() throws Exception {
		Path drop = badDrop();
		this.runner.run(drop, "2026-10", null, this.temp.resolve("first"));
		Map<String, Integer> before = tableCounts();
		AuditRunner.RunResult again = this.runner.run(drop, "2026-10", null, this.temp.resolve("second"));

		assertThat(again.completed()).isTrue();
		assertThat(tableCounts()).isEqualTo(before);
	}

	@Test
	void resolvingALoadAgainAsARestartWouldChangeNothing() throws Exception {
		AuditRunner.RunResult first = this.runner.run(badDrop(), "2026-10", null, this.temp.resolve("first"));
		long loadId = loadIdOf(first);
		Map<String, Integer> before = tableCounts();
		List<String> files = fileCounts(loadId);

		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> this.resolver.resolve(loadId));

		assertThat(tableCounts()).isEqualTo(before);
		assertThat(fileCounts(loadId)).isEqualTo(files).contains("ext_agency_events_gp.csv:4=2+2");
	}

	@Test
	void aFailureOnTheEventsConnectionFailsTheRunRollsBackTheOtherChecksAndTheNextRunCompletes() throws Exception {
		// A drop of its own (not loaded by another test), whose events' reference check, on the
		// second connection, cannot store its rejection.
		Path drop = badDrop();
		Files.writeString(drop.resolve("ssd_person.csv"), "P8,F,2026-03-01,,8\n", StandardOpenOption.APPEND);
		this.jdbc.sql("""
				alter table rejected_row add constraint no_unknown_event_persons
				check (table_name <> 'ext_agency_events' or reason not like 'unknown person%') not valid""").update();
		AuditRunner.RunResult failed;
		try {
			failed = this.runner.run(drop, "2026-10", null, this.temp.resolve("failed"));
		}
		finally {
			this.jdbc.sql("alter table rejected_row drop constraint no_unknown_event_persons").update();
		}

		assertThat(failed.completed()).isFalse();
		assertThat(failed.reason()).contains("no_unknown_event_persons");
		long loadId = this.jdbc.sql("select max(load_id) from extract_load").query(Long.class).single();
		assertThat(this.jdbc.sql("select status from extract_load where load_id = :id").param("id", loadId)
			.query(String.class).single()).isEqualTo("LOADING");
		assertThat(this.jdbc.sql("select reason from rejected_row where load_id = :id").param("id", loadId)
			.query(String.class).list())
			.as("only check 1's rejections, stored by the load; checks 2 and 3 rolled back on both connections")
			.containsExactly("pers_dob '31/02/2026' is not a valid date");

		AuditRunner.RunResult again = this.runner.run(drop, "2026-10", null, this.temp.resolve("again"));

		assertThat(again.completed()).as(again.reason()).isTrue();
		assertThat(Files.readAllLines(this.temp.resolve("again").resolve("rejected-rows.csv"))).hasSize(1 + 8)
			.contains("ext_agency_events_gp.csv,3,ext_agency_events,V2,unknown person 'P7' in evnt_subject_person_id");
	}

	private List<String> fileCounts(long loadId) {
		return this.jdbc.sql("""
				select file_name || ':' || rows_read || '=' || rows_loaded || '+' || rows_rejected
				from extract_file where load_id = :id order by file_name""").param("id", loadId).query(String.class).list();
	}

	@Test
	void unfinishedLoadIsDroppedWithItsPartitionsAndDoneAgain() throws Exception {
		Path drop = badDrop();
		this.runner.run(drop, "2026-10", null, this.temp.resolve("first"));
		long stale = loadIdOf(null);
		this.jdbc.sql("update extract_load set status = 'LOADING' where load_id = :id").param("id", stale).update();
		this.jdbc.sql("delete from audit_run where load_id = :id").param("id", stale).update();
		assertThat(this.jdbc.sql("""
				select count(*) from case_result r where not exists (select 1 from audit_run a where a.run_id = r.run_id)""")
			.query(Integer.class)
			.single()).as("a deleted run's results go with it").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from case_score s where not exists (select 1 from audit_run a where a.run_id = s.run_id)""")
			.query(Integer.class)
			.single()).isZero();

		AuditRunner.RunResult again = this.runner.run(drop, "2026-10", null, this.temp.resolve("second"));

		assertThat(again.completed()).isTrue();
		long fresh = loadIdOf(again);
		assertThat(fresh).isNotEqualTo(stale);
		assertThat(this.jdbc.sql("select to_regclass('ssd_person_load_" + stale + "') is null")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(count("ssd_person", fresh)).isEqualTo(3);
		assertThat(count("rejected_row", stale)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from pg_inherits i join pg_class c on c.oid = i.inhparent
				where c.relname = 'ssd_person'""").query(Integer.class).single())
			.isEqualTo(this.jdbc.sql("select count(*) from extract_load").query(Integer.class).single());
	}

	@Test
	void refusedDropLeavesEveryTableUnchanged() throws Exception {
		Map<String, Integer> before = tableCounts();
		Path drop = TestDrops.write(this.temp, "refused", Map.of("ssd_person.csv",
				"pers_person_id,pers_sex,pers_dob,pers_expected_dob\nP1,F,2026-07-01,\n", "ssd_cin_episode_extra.csv",
				"a,b\n1,2\n"));
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, this.temp.resolve("out"));

		assertThat(result.completed()).isFalse();
		assertThat(result.refused()).isTrue();
		assertThat(result.reason()).contains("ssd_cin_episode_extra.csv");
		assertThat(tableCounts()).isEqualTo(before);
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void refusedForAMissingRequiredColumnNamingFileAndColumn() throws Exception {
		Map<String, Integer> before = tableCounts();
		Path drop = TestDrops.write(this.temp, "no-column", Map.of("ssd_person.csv",
				"pers_person_id,pers_sex,pers_dob,pers_expected_dob\nP1,F,2026-07-01,\n", "ssd_cin_episodes.csv",
				"cine_referral_id,cine_person_id,cine_close_date,cine_referral_team\nE1,P1,,North\n"));
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, this.temp.resolve("out"));

		assertThat(result.refused()).isTrue();
		assertThat(result.reason()).contains("ssd_cin_episodes.csv").contains("cine_referral_date");
		assertThat(tableCounts()).isEqualTo(before);
	}

	private long loadIdOf(AuditRunner.RunResult result) {
		return this.jdbc.sql("""
				select l.load_id from extract_load l join audit_run a on a.load_id = l.load_id
				order by a.started_at desc limit 1""").query(Long.class).single();
	}

	private int count(String table, long loadId) {
		return this.jdbc.sql("select count(*) from " + table + " where load_id = :id").param("id", loadId)
			.query(Integer.class).single();
	}

	private Map<String, Integer> tableCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Integer.class).single());
		}
		return counts;
	}
}
