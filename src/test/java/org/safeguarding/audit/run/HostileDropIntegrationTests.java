package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month whose drop was written by someone hostile, or careless: ids that are spreadsheet
 * formulas, and bad values holding a name, markup and an apostrophe. The case-level CSV files
 * hold them as text a spreadsheet never runs; the board pack holds none of them.
 */
@AuditIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileDropIntegrationTests {

	private static final String FORMULA = "=HYPERLINK(\"http://x.example/?\",\"click\")";

	@Autowired
	AuditRunner runner;

	@TempDir
	static Path temp;

	Path out;

	@BeforeAll
	void auditAHostileDrop() throws Exception {
		String quotedFormula = "\"" + FORMULA.replace("\"", "\"\"") + "\"";
		Path drop = TestDrops.write(temp, "drop", Map.of("ssd_person.csv", """
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				P1,F,2026-07-01,2026-07-05
				P2,F,1995-01-01,
				P3,M,1990-01-01,
				%s,F,2026-08-01,
				'P5,M,2026-08-02,
				@P6,F,2026-08-03,
				-P7,F,2026-08-04,
				P8,X,called D'Souza (P3) at home,
				""".formatted(quotedFormula), "ssd_cin_episodes.csv", """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				E1,P1,2026-06-15,,North
				E2,%s,2026-08-02,,+Team (formula)
				E3,'P5,2026-08-03,,North
				E4,@P6,2026-08-04,,North
				E5,-P7,2026-08-05,,North
				""".formatted(quotedFormula), "ext_agency_events.csv", """
				evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
				V1,P1,,CSC,GP_NOTIFIED,2026-06-19,,,
				V8,P1,,CSC,GP_NOTIFIED,2026-06-19,called D'Souza (P3) at home,,
				V9,P1,,CSC,GP_NOTIFIED,2026-06-19,<script>alert('x')</script>,,
				=V10,P1,,CSC,GP_NOTIFIED,2026-06-19,2026-06-18,,
				"""));
		this.out = temp.resolve("out");
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, this.out);
		assertThat(result.completed()).as(result.reason()).isTrue();
	}

	@Test
	void idsAndTeamsThatAreFormulasAreWrittenAsText() throws IOException {
		List<String> scores = Files.readAllLines(this.out.resolve("case-scores.csv"));

		assertThat(scores).anySatisfy(line -> assertThat(line)
			.startsWith("\"'=HYPERLINK(\"\"http://x.example/?\"\",\"\"click\"\")\",'+Team (formula),"));
		assertThat(scores).anySatisfy(line -> assertThat(line).startsWith("''P5,North,"));
		assertThat(scores).anySatisfy(line -> assertThat(line).startsWith("'@P6,North,"));
		assertThat(scores).anySatisfy(line -> assertThat(line).startsWith("'-P7,North,"));
		assertThat(Files.readAllLines(this.out.resolve("case-results.csv")))
			.filteredOn(line -> line.startsWith("\"'=HYPERLINK(\"\"http://x.example/?\"\",\"\"click\"\")\",'+Team (formula),"))
			.as("one row per criterion of the tool").hasSize(15);
	}

	@Test
	void rejectedRowsNameTheirIdsAsTextAndKeepTheValuesForTheDataOfficer() throws IOException {
		assertThat(Files.readAllLines(this.out.resolve("rejected-rows.csv"))).containsExactly(
				"file,line,table,record_id,reason",
				"ext_agency_events.csv,3,ext_agency_events,V8,evnt_recorded_date 'called D'Souza (P3) at home' is not a valid date",
				"ext_agency_events.csv,4,ext_agency_events,V9,evnt_recorded_date '<script>alert('x')</script>' is not a valid date",
				"ext_agency_events.csv,5,ext_agency_events,'=V10,evnt_recorded_date 2026-06-18 is before evnt_event_date 2026-06-19",
				"ssd_person.csv,9,ssd_person,P8,\"pers_sex 'X' is not one of M, F, U, I; pers_dob 'called D'Souza (P3) at home' is not a valid date\"");
	}

	@Test
	void theBoardPackHoldsNoPartOfAnyValueFromTheDrop() throws IOException {
		String pdf;
		try (PDDocument document = Loader.loadPDF(this.out.resolve("board-dashboard.pdf").toFile())) {
			pdf = new PDFTextStripper().getText(document);
		}
		// The charts' images are base64 data, in which any short text may turn up by chance.
		String html = Files.readString(this.out.resolve("board-dashboard.html"))
			.replaceAll("data:image/png;base64,[^\"']*", "");

		assertThat(pdf).contains("evnt_recorded_date is not a valid date", "evnt_recorded_date is before evnt_event_date",
				"pers_sex is not one of its codes; pers_dob is not a valid date");
		for (String board : List.of(pdf, html)) {
			assertThat(board).doesNotContain("Souza", "script", "alert", "HYPERLINK", "x.example", "V10", "P8", "'P5",
					"@P6", "2026-06-18");
		}
	}
}
