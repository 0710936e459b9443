package org.safeguarding.audit.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file reader merges one ordered query per table into case files: in byte order of the
 * child id, each child with exactly its own rows, resuming where a failed step stopped.
 */
@AuditIntegrationTest
class CaseFileReaderIntegrationTests {

	private static final LocalDate AUDIT_DATE = LocalDate.of(2026, 10, 31);

	@Autowired
	AuditRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	long loadId;

	@BeforeEach
	void loadDrop() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		// "late" is referred after the audit date and M1 never: their rows must be passed over.
		files.put("ssd_person.csv", """
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				b1,F,2026-07-01,
				late,F,2026-09-01,
				B2,M,2026-08-01,
				a10,F,,2026-12-01
				M1,M,1990-01-01,
				""");
		files.put("ssd_cin_episodes.csv", """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				E2,b1,2026-07-02,,North
				E5,late,2026-11-05,,North
				E1,b1,2026-06-15,2026-06-30,South
				E3,B2,2026-08-02,,
				E4,a10,2026-09-01,,East
				""");
		files.put("ext_person_relationship.csv", """
				rela_relationship_id,rela_person_id,rela_related_person_id,rela_relationship_type,rela_lives_with_child,rela_start_date,rela_end_date
				L3,late,M1,FATHER,Y,,
				L2,b1,M1,FATHER,Y,2026-07-01,
				L1,b1,,MOTHER,,,
				""");
		// b1's events come in two files, and late's sit between them in the table.
		files.put("ext_agency_events_csc.csv", """
				evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
				V3,b1,M1,CSC,CARER_ASSESSMENT,2026-07-10,,,
				V9,late,,CSC,GP_NOTIFIED,2026-09-10,,,
				""");
		files.put("ext_agency_events_health.csv", """
				evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
				V1,b1,,GP,DA_ENQUIRY,2026-07-05,2026-07-06,NOT_COMPLETED,partner present
				V2,a10,,MIDWIFERY,SAFE_SLEEP_ADVICE,2026-09-02,,,
				""");
		files.put("ssd_cp_plans.csv", """
				cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date
				C1,b1,2026-07-20,
				""");
		files.put("ssd_cin_assessments.csv", """
				cina_assessment_id,cina_person_id,cina_assessment_start_date,cina_assessment_auth_date
				A2,b1,2026-07-03,2026-07-08
				A1,a10,2026-09-03,
				""");
		files.put("ssd_assessment_factors.csv", """
				cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json
				F1,A2,"[""3A"",""4B""]"
				F2,A2,"{""3A"":""Yes"",""3C"":""Yes"",""1A"":""No""}"
				""");
		Path drop = TestDrops.write(this.temp, "reader-drop", files);
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, this.temp.resolve("out"));
		assertThat(result.completed()).as(result.reason()).isTrue();
		// The same drop loaded before (by an earlier test) is reused: take the load of the latest run.
		this.loadId = this.jdbc.sql("select load_id from audit_run order by started_at desc, run_id desc limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void childrenComeInByteOrderOfIdNotLocaleOrder() {
		assertThat(readAll(new ExecutionContext())).extracting((file) -> file.child().id())
			.containsExactly("B2", "a10", "b1");
	}

	@Test
	void eachChildHasExactlyItsOwnRows() {
		Map<String, CaseFile> files = byId(readAll(new ExecutionContext()));

		CaseFile b1 = files.get("b1");
		assertThat(b1.child()).isEqualTo(new CaseFile.Person("b1", "F", LocalDate.of(2026, 7, 1), null));
		assertThat(b1.episodes()).containsExactly(
				new CaseFile.Episode("E1", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 30), "South"),
				new CaseFile.Episode("E2", LocalDate.of(2026, 7, 2), null, "North"));
		assertThat(b1.relationships()).containsExactly(
				new CaseFile.Relationship("L1", null, null, "MOTHER", false, null, null),
				new CaseFile.Relationship("L2", "M1", "M", "FATHER", true, LocalDate.of(2026, 7, 1), null));
		assertThat(b1.events()).containsExactly(
				new CaseFile.Event("V1", null, "GP", "DA_ENQUIRY", LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 6),
						false, "partner present"),
				new CaseFile.Event("V3", "M1", "CSC", "CARER_ASSESSMENT", LocalDate.of(2026, 7, 10), null, true, null));
		assertThat(b1.plans()).containsExactly(new CaseFile.CpPlan("C1", LocalDate.of(2026, 7, 20), null));
		assertThat(b1.assessments()).containsExactly(new CaseFile.Assessment("A2", LocalDate.of(2026, 7, 3),
				LocalDate.of(2026, 7, 8), Set.of("3A", "3C", "4B")));
	}

	@Test
	void childWithNoRowsInSomeTablesHasEmptyLists() {
		Map<String, CaseFile> files = byId(readAll(new ExecutionContext()));

		CaseFile b2 = files.get("B2");
		assertThat(b2.episodes()).containsExactly(new CaseFile.Episode("E3", LocalDate.of(2026, 8, 2), null, "Unallocated"));
		assertThat(b2.relationships()).isEmpty();
		assertThat(b2.events()).isEmpty();
		assertThat(b2.plans()).isEmpty();
		assertThat(b2.assessments()).isEmpty();
		CaseFile a10 = files.get("a10");
		assertThat(a10.events()).extracting(CaseFile.Event::id).containsExactly("V2");
		assertThat(a10.assessments()).containsExactly(
				new CaseFile.Assessment("A1", LocalDate.of(2026, 9, 3), null, Set.of()));
	}

	@Test
	void restartResumesAfterTheLastCaseIdSaved() throws Exception {
		ExecutionContext context = new ExecutionContext();
		CaseFileReader first = reader();
		first.open(context);
		assertThat(first.read().child().id()).isEqualTo("B2");
		assertThat(first.read().child().id()).isEqualTo("a10");
		first.update(context);
		first.close();
		assertThat(context.getString("caseFileReader.lastCaseId")).isEqualTo("a10");

		List<CaseFile> rest = readAll(context);

		assertThat(rest).extracting((file) -> file.child().id()).containsExactly("b1");
		assertThat(rest.get(0).events()).extracting(CaseFile.Event::id).containsExactly("V1", "V3");
		assertThat(rest.get(0).episodes()).extracting(CaseFile.Episode::referralId).containsExactly("E1", "E2");
	}

	@Test
	void noUpdateBeforeTheFirstReadSavesNothing() {
		ExecutionContext context = new ExecutionContext();
		CaseFileReader reader = reader();
		reader.open(context);
		reader.update(context);
		reader.close();

		assertThat(context.containsKey("caseFileReader.lastCaseId")).isFalse();
	}

	@Test
	void rangesCoverTheCohortOnceInByteOrderOfId() {
		Map<String, ExecutionContext> ranges = new CaseRanges(this.jdbc, this.loadId, AUDIT_DATE).partition(2);

		assertThat(ranges).containsOnlyKeys("range1", "range2");
		assertThat(ids(readAll(ranges.get("range1")))).containsExactly("B2", "a10");
		List<CaseFile> second = readAll(ranges.get("range2"));
		assertThat(ids(second)).containsExactly("b1");
		assertThat(second.get(0).events()).extracting(CaseFile.Event::id).containsExactly("V1", "V3");
		assertThat(second.get(0).relationships()).extracting(CaseFile.Relationship::id).containsExactly("L1", "L2");
	}

	@Test
	void moreRangesThanCasesGivesOneCaseEach() {
		Map<String, ExecutionContext> ranges = new CaseRanges(this.jdbc, this.loadId, AUDIT_DATE).partition(5);

		assertThat(ranges).containsOnlyKeys("range1", "range2", "range3");
		assertThat(ids(readAll(ranges.get("range1")))).containsExactly("B2");
		assertThat(ids(readAll(ranges.get("range2")))).containsExactly("a10");
		assertThat(ids(readAll(ranges.get("range3")))).containsExactly("b1");
	}

	@Test
	void anEmptyCohortIsOneOpenRange() {
		Map<String, ExecutionContext> ranges = new CaseRanges(this.jdbc, this.loadId, LocalDate.of(2020, 1, 31))
			.partition(2);

		assertThat(ranges).containsOnlyKeys("range1");
		assertThat(ranges.get("range1").getString(CaseFileReader.RANGE_AFTER)).isEmpty();
		assertThat(ranges.get("range1").getString(CaseFileReader.RANGE_UP_TO)).isEmpty();
	}

	@Test
	void aRestartedRangeResumesAfterItsLastCaseAndStopsAtItsEnd() {
		ExecutionContext range = new CaseRanges(this.jdbc, this.loadId, AUDIT_DATE).partition(2).get("range1");
		range.putString("caseFileReader.lastCaseId", "B2");

		assertThat(ids(readAll(range))).containsExactly("a10");
	}

	private static List<String> ids(List<CaseFile> files) {
		return files.stream().map((file) -> file.child().id()).toList();
	}

	private CaseFileReader reader() {
		return new CaseFileReader(this.dataSource, this.loadId, AUDIT_DATE);
	}

	private List<CaseFile> readAll(ExecutionContext context) {
		CaseFileReader reader = reader();
		reader.open(context);
		try {
			List<CaseFile> files = new ArrayList<>();
			for (CaseFile file = reader.read(); file != null; file = reader.read()) {
				files.add(file);
			}
			return files;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			reader.close();
		}
	}

	private static Map<String, CaseFile> byId(List<CaseFile> files) {
		Map<String, CaseFile> byId = new LinkedHashMap<>();
		files.forEach((file) -> byId.put(file.child().id(), file));
		return byId;
	}
}
