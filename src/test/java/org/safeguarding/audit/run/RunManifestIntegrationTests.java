package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a run's manifest says of its drop: the folder it was given, every physical line of every
 * file accounted for, extra columns once per file, its warnings (also on standard error), and
 * its times in one form.
 */
@AuditIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RunManifestIntegrationTests {

	private static final String EVENTS = """
			evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
			V1,P1,P3,CSC,CARER_ASSESSMENT,2026-06-20,,,
			V2,P1,,CSC,GP_NOTIFIED,2026-06-19,,,
			V3,P1,,CSC,CHRONOLOGY_UPDATED,2026-09-01,,,
			V4,P1,P2,MIDWIFERY,DA_ENQUIRY,2026-05-10,,,
			V5,P1,,HEALTH_VISITING,SAFE_SLEEP_ADVICE,2026-07-03,,,
			V6,P1,P2,HEALTH_VISITING,COPING_WITH_CRYING_ADVICE,2026-07-03,,,
			V7,P1,,CSC,PRE_BIRTH_ASSESSMENT,2026-06-25,,,
			V8,P1,,CSC,SUPERVISION,2026-09-10,,,

			V10,P1,,CSC,DA_ENQUIRY,2026-06-19,,COMPLETED,"oops
			V11,P1,,CSC,DA_ENQUIRY,2026-06-20,,NOT_COMPLETED,"partner present"
			V1,P1,,CSC,GP_NOTIFIED,2026-06-19,,NOT_COMPLETED,"called
			again"
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AuditRunner runner;

	@TempDir
	Path temp;

	@Test
	void aStrayOpeningQuoteIsReportedOverBothLinesAndEveryLineOfEveryFileIsAccountedFor() throws Exception {
		Path drop = TestDrops.workedExample(this.temp);
		Files.writeString(drop.resolve("ext_agency_events.csv"), EVENTS);
		Path out = this.temp.resolve("out");

		assertThat(this.runner.run(drop, "2026-10", null, out).completed()).isTrue();

		assertThat(Files.readAllLines(out.resolve("rejected-rows.csv"))).containsExactly("file,line,table,record_id,reason",
				"ext_agency_events.csv,11,ext_agency_events,V10,"
						+ "lines 11–12: unexpected character 'p' after closing quote in field 9",
				"ext_agency_events.csv,13,ext_agency_events,V1,"
						+ "lines 13–14: duplicate evnt_event_id 'V1' (first read at ext_agency_events.csv line 2)");
		// Worked by hand from EVENTS: 14 lines = 1 header + 1 blank + 8 loaded (V1-V8) + 4 rejected (11-12, 13-14).
		JsonNode events = file(manifest(out), "ext_agency_events.csv");
		assertThat(counts(events, "lines", "header_lines", "blank_lines", "lines_loaded", "lines_rejected", "rows_read",
				"rows_loaded", "rows_rejected")).containsExactly(14L, 1L, 1L, 8L, 4L, 10L, 8L, 2L);
		for (JsonNode file : manifest(out).get("extract").get("files")) {
			assertThat(file.get("lines").asLong()).as(file.get("name").asString())
				.isEqualTo(file.get("header_lines").asLong() + file.get("blank_lines").asLong()
						+ file.get("lines_loaded").asLong() + file.get("lines_rejected").asLong());
		}
		// ssd_person.csv of the worked example: a header and 3 rows.
		assertThat(counts(file(manifest(out), "ssd_person.csv"), "lines", "header_lines", "blank_lines", "lines_loaded",
				"lines_rejected")).containsExactly(4L, 1L, 0L, 3L, 0L);
	}

	@Test
	void aRunThatReusesAnEarlierLoadDescribesTheDropItWasGiven() throws Exception {
		Path first = TestDrops.workedExample(this.temp.resolve("first"));
		Path second = TestDrops.workedExample(this.temp.resolve("second"));
		// Files of their own (a plan file with a name no other test uses), so no earlier load has them.
		String plans = "ssd_cp_plans_" + java.util.UUID.randomUUID() + ".csv";
		for (Path drop : List.of(first, second)) {
			Files.writeString(drop.resolve(plans), "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
					+ "cppl_cp_plan_end_date\n");
		}
		Files.writeString(second.resolve("readme.txt"), "sent by the agencies' transfer");

		this.runner.run(first, "2026-09", null, this.temp.resolve("out-first"));
		this.runner.run(second, "2026-09", null, this.temp.resolve("out-second"));

		JsonNode extract = manifest(this.temp.resolve("out-second")).get("extract");
		assertThat(extract.get("folder").asString()).isEqualTo(second.toString());
		assertThat(extract.get("loaded_from").asString()).isEqualTo(first.toString());
		assertThat(extract.get("warnings").valueStream().map(JsonNode::asString))
			.containsExactly("file 'readme.txt' is not a .csv file and was ignored");
		assertThat(manifest(this.temp.resolve("out-first")).get("extract").get("warnings")).isEmpty();
	}

	@Test
	void extraColumnsAreListedOncePerFileTheFirstTwentyAndACount() throws Exception {
		Path drop = TestDrops.workedExample(this.temp);
		StringBuilder header = new StringBuilder("pers_person_id,pers_sex,pers_dob,pers_expected_dob");
		for (int i = 1; i <= 25; i++) {
			header.append(",x").append(i);
		}
		List<String> persons = Files.readAllLines(drop.resolve("ssd_person.csv"));
		StringBuilder file = new StringBuilder(header).append('\n');
		persons.subList(1, persons.size()).forEach(person -> file.append(person).append(",".repeat(25)).append('\n'));
		Files.writeString(drop.resolve("ssd_person.csv"), file);
		Path out = this.temp.resolve("out");

		assertThat(this.runner.run(drop, "2026-08", null, out).completed()).isTrue();

		JsonNode personFile = file(manifest(out), "ssd_person.csv");
		assertThat(personFile.get("ignored_column_count").asInt()).isEqualTo(25);
		assertThat(personFile.get("ignored_columns").asString()).isEqualTo(
				"'x1','x2','x3','x4','x5','x6','x7','x8','x9','x10','x11','x12','x13','x14','x15','x16','x17','x18','x19','x20'");
		assertThat(manifest(out).get("extract").get("warnings").valueStream().map(JsonNode::asString)).containsExactly(
				"ssd_person.csv: 25 columns not in the format were ignored: 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', "
						+ "'x8', 'x9', 'x10', 'x11', 'x12', 'x13', 'x14', 'x15', 'x16', 'x17', 'x18', 'x19', 'x20' and 5 more");
	}

	@Test
	void aPersonFileWithNoRowsIsWarnedOfOnStandardErrorInTheManifestAndOnThePack(CapturedOutput output) throws Exception {
		Path drop = TestDrops.write(this.temp, "drop",
				Map.of("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob\n"));
		Path out = this.temp.resolve("out");

		AuditRunner.RunResult result = this.runner.run(drop, "2026-07", null, out);

		assertThat(result.completed()).isTrue();
		String warning = "ssd_person has a header but no rows: no person was read, so no case can be audited";
		assertThat(output.getErr()).contains("warning: " + warning);
		assertThat(manifest(out).get("extract").get("warnings").valueStream().map(JsonNode::asString))
			.containsExactly(warning);
		assertThat(Files.readString(out.resolve("board-dashboard.html")))
			.contains("The drop came with 1 warning")
			.contains("No person was read from the drop (its ssd_person file has no rows), so no case could be audited.");
	}

	@Test
	void startAndFinishAreTimesInOneFormWithTheirOffset() throws Exception {
		Path out = this.temp.resolve("out");
		this.runner.run(TestDrops.workedExample(this.temp), "2026-06", null, out);

		String iso = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{2}:\\d{2}";
		assertThat(manifest(out).get("started_at").asString()).matches(iso);
		assertThat(manifest(out).get("finished_at").asString()).matches(iso);
	}

	private static JsonNode manifest(Path out) throws Exception {
		return JSON.readTree(Files.readString(out.resolve("manifest.json")));
	}

	private static JsonNode file(JsonNode manifest, String name) {
		for (JsonNode file : manifest.get("extract").get("files")) {
			if (file.get("name").asString().equals(name)) {
				return file;
			}
		}
		throw new AssertionError("no file " + name + " in the manifest");
	}

	private static List<Long> counts(JsonNode file, String... names) {
		return java.util.Arrays.stream(names).map(name -> file.get(name).asLong()).toList();
	}
}
