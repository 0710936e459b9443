package org.safeguarding.audit.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's reviews.csv: qa-review.md's columns, case id in byte order then tool order, the published files' quoting. */
@AuditIntegrationTest
class ReviewsCsvIntegrationTests {

	private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewsCsv csv;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void theCurrentReviewsBesideTheRunsAutomatedOutcomes() throws Exception {
		PublishedRuns runs = new PublishedRuns(this.jdbc);
		// "C001" comes before "b01" in byte order ('C' is 0x43, 'b' 0x62), though not in a dictionary.
		long first = runs.publish("2026-10", List.of(runs.worked("b01", "South"), runs.worked("C001", "North"),
				runs.worked("C002", "North")), OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		Review b01 = save(runs, "b01", "SUPERVISION_CURRENT", "MET", "Supervised on 2026-10-28, \"reflective\".", 0);
		Review c001Gp = save(runs, "C001", "GP_INFORMED", "NOT_MET", "No letter to the GP, only a phone call.", 0);
		Review c001Father = save(runs, "C001", "FATHER_IDENTIFIED", "PARTLY_MET", "Father named, identity unverified.", 0);
		save(runs, "C002", "SAFE_SLEEP", "MET", "An earlier view, replaced below.", 0);
		Review c002 = save(runs, "C002", "SAFE_SLEEP", "NOT_APPLICABLE", "The baby has not been born: no safe sleep yet.", 1);
		// A later run: C001's GP_INFORMED is now PARTLY_MET, and C002 has left the cohort.
		long second = runs.publish("2026-10", List.of(runs.worked("b01", "South"),
				runs.worked("C001", "North", "GP_INFORMED PARTLY_MET")), OffsetDateTime.parse("2026-11-09T09:00:00Z"));
		Path written = this.csv.write(second, this.folder);
		assertThat(written).isEqualTo(this.folder.resolve("reviews.csv"));
		assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo("""
				case_id,team,criterion,automated_outcome,reviewed_outcome,reviewer,reviewed_at,reason,data_changed
				C001,North,FATHER_IDENTIFIED,MET,PARTLY_MET,alice,%s,"Father named, identity unverified.",false
				C001,North,GP_INFORMED,PARTLY_MET,NOT_MET,alice,%s,"No letter to the GP, only a phone call.",true
				C002,North,SAFE_SLEEP,,NOT_APPLICABLE,alice,%s,The baby has not been born: no safe sleep yet.,true
				b01,South,SUPERVISION_CURRENT,NOT_MET,MET,alice,%s,"Supervised on 2026-10-28, ""reflective"".",false
				""".formatted(at(c001Father), at(c001Gp), at(c002), at(b01)));
		// The first run's file: nothing had changed then.
		assertThat(Files.readAllLines(this.csv.write(first, this.folder))).extracting((line) -> line.substring(line.lastIndexOf(',') + 1))
			.containsExactly("data_changed", "false", "false", "false", "false");
	}

	@Test
	void aRunWithNoReviewsHasTheHeaderOnly() throws Exception {
		PublishedRuns runs = new PublishedRuns(this.jdbc);
		long run = runs.publish("2026-10", List.of(runs.worked("C001", "North")), OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		assertThat(Files.readString(this.csv.write(run, this.folder)))
			.isEqualTo("case_id,team,criterion,automated_outcome,reviewed_outcome,reviewer,reviewed_at,reason,data_changed\n");
	}

	private Review save(PublishedRuns runs, String caseId, String criterion, String outcome, String reason, int version) {
		return this.reviews.save(new ReviewForm(runs.tool.id(), "2026-10", caseId, criterion, outcome, reason, version),
				"alice");
	}

	private static String at(Review review) {
		return UTC_SECONDS.format(review.reviewedAt().withOffsetSameInstant(ZoneOffset.UTC));
	}
}
