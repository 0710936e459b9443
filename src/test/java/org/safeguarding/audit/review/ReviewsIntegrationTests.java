package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reviews on a real PostgreSQL: versions, history, re-runs, concurrent saves and bad input. */
@AuditIntegrationTest
class ReviewsIntegrationTests {

	static final String REASON = "Household visit on 2026-10-20 is in the case notes.";

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	long october;

	@BeforeEach
	void publishOctober() {
		this.runs = new PublishedRuns(this.jdbc);
		this.october = this.runs.publish("2026-10",
				List.of(this.runs.worked("C001", "North"), this.runs.worked("C002", "South")),
				OffsetDateTime.parse("2026-11-02T09:00:00Z"));
	}

	@Test
	void aReviewIsSavedAsVersionOneWithWhatTheReviewerSaw() {
		Review saved = save("C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0, "alice");
		assertThat(saved.version()).isEqualTo(1);
		assertThat(saved.reviewedOutcome()).isEqualTo(Outcome.MET);
		assertThat(saved.automatedOutcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(saved.seenRunId()).isEqualTo(this.october);
		assertThat(saved.team()).isEqualTo("North");
		assertThat(saved.reason()).isEqualTo(REASON);
		assertThat(saved.reviewer()).isEqualTo("alice");
		CaseReview current = this.reviews.current(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED").orElseThrow();
		assertThat(current.review()).isEqualTo(saved);
		assertThat(current.automatedNow()).isEqualTo(Outcome.NOT_MET);
		assertThat(current.dataChanged()).isFalse();
	}

	@Test
	void aNewerReviewReplacesTheCurrentOneAndTheOldStaysInItsHistory() {
		save("C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0, "alice");
		save("C001", "HOUSEHOLD_VERIFIED", "PARTLY_MET", "Visit was 2026-06-30, older than 90 days.", 1, "bob");
		CaseReview current = this.reviews.current(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED").orElseThrow();
		assertThat(current.review().reviewedOutcome()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(current.review().version()).isEqualTo(2);
		assertThat(this.reviews.history(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED"))
			.extracting(Review::version, Review::reviewer, Review::reviewedOutcome)
			.containsExactly(tuple(2, "bob", Outcome.PARTLY_MET),
					tuple(1, "alice", Outcome.MET));
	}

	@Test
	void theSecondOfTwoOfficersSavingOnTheSameVersionIsToldWhoSavedFirst() {
		Review first = save("C001", "GP_INFORMED", "NOT_MET", "GP letter was never sent, see notes.", 0, "alice");
		assertThatThrownBy(() -> save("C001", "GP_INFORMED", "MET", "GP was told by phone on referral.", 0, "bob"))
			.isInstanceOf(EditConflictException.class)
			.hasMessageStartingWith("the review of case C001, GP_INFORMED in 2026-10 was saved by alice at ")
			.hasMessageEndingWith(" (version 1) after the version you edited (0): reload it and decide again")
			.extracting("currentVersion")
			.isEqualTo(1);
		assertThat(this.reviews.history(tool(), "2026-10", "C001", "GP_INFORMED")).containsExactly(first);
	}

	@Test
	void twoSavesAtTheSameMomentCannotBothWin() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<Review>> saves = new ArrayList<>();
		for (String officer : List.of("alice", "bob")) {
			Callable<Review> save = () -> {
				together.await();
				return save("C002", "SAFE_SLEEP", "MET", "Co-sleeping was assessed at the home visit.", 0, officer);
			};
			saves.add(threads.submit(save));
		}
		int won = 0;
		int told = 0;
		for (Future<Review> save : saves) {
			try {
				save.get();
				won++;
			}
			catch (ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(EditConflictException.class);
				told++;
			}
		}
		threads.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(told).isEqualTo(1);
		assertThat(this.reviews.history(tool(), "2026-10", "C002", "SAFE_SLEEP")).hasSize(1);
	}

	@Test
	void aReviewOutlivesALaterRunAndIsMarkedWhenItsDataChanged() {
		save("C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0, "alice");
		// A re-sent drop: the later published run finds an old verification (PARTLY_MET).
		this.runs.publish("2026-10", List.of(this.runs.worked("C001", "North", "HOUSEHOLD_VERIFIED PARTLY_MET")),
				OffsetDateTime.parse("2026-11-09T09:00:00Z"));
		CaseReview changed = this.reviews.current(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED").orElseThrow();
		assertThat(changed.review().automatedOutcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(changed.automatedNow()).isEqualTo(Outcome.PARTLY_MET);
		assertThat(changed.dataChanged()).isTrue();
		// A newer run only scored, not published, does not count; a newer published one does.
		this.runs.store("2026-10", List.of(this.runs.worked("C001", "North")), "SCORED",
				OffsetDateTime.parse("2026-11-16T09:00:00Z"));
		assertThat(this.reviews.current(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED").orElseThrow().dataChanged())
			.isTrue();
		this.runs.publish("2026-10", List.of(this.runs.worked("C002", "South")),
				OffsetDateTime.parse("2026-11-23T09:00:00Z"));
		CaseReview gone = this.reviews.current(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED").orElseThrow();
		assertThat(gone.automatedNow()).isNull();
		assertThat(gone.dataChanged()).isTrue();
	}

	@Test
	void reviewsOfAPeriodAreListedByCaseThenToolOrder() {
		save("C002", "FATHER_IDENTIFIED", "NOT_MET", "The recorded father is the mother's brother.", 0, "alice");
		save("C001", "SUPERVISION_CURRENT", "MET", "Supervision notes are on paper file.", 0, "alice");
		save("C001", "FATHER_IDENTIFIED", "PARTLY_MET", "Father named only as 'not known'.", 0, "bob");
		assertThat(this.reviews.ofPeriod(tool(), "2026-10"))
			.extracting((r) -> r.review().caseId() + " " + r.review().criterion())
			.containsExactly("C001 FATHER_IDENTIFIED", "C001 SUPERVISION_CURRENT", "C002 FATHER_IDENTIFIED");
	}

	@Test
	void badInputIsRefusedByItsFieldAndNothingIsSaved() {
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MAYBE", REASON, 0, "alice"), "outcome",
				"outcome must be one of MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE (was 'MAYBE')");
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MET", "Seen", 0, "alice"), "reason",
				"reason must be 10 to 2,000 characters (was 4)");
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MET", "   ", 0, "alice"), "reason",
				"reason must be 10 to 2,000 characters (was 0)");
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MET", "x".repeat(2001), 0, "alice"), "reason",
				"reason must be 10 to 2,000 characters (was 2,001)");
		refused(() -> save("C999", "HOUSEHOLD_VERIFIED", "MET", REASON, 0, "alice"), "caseId",
				"case 'C999' is not one of the audited cases of 2026-10");
		refused(() -> save("C001", "HAPPY_BABY", "MET", REASON, 0, "alice"), "criterion",
				"criterion 'HAPPY_BABY' is not a criterion of tool '" + tool() + "'");
		refused(() -> save("C001", "BRUISING_RESPONSE", "NOT_MET", REASON, 0, "alice"), "criterion",
				"criterion BRUISING_RESPONSE does not apply to case C001 in 2026-10 (automated outcome NOT_APPLICABLE):"
						+ " only a criterion that applies can be reviewed");
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MET", REASON, -1, "alice"), "version",
				"version must be at least 0 (was -1)");
		refused(() -> this.reviews.save(new ReviewForm(tool(), "2026-13", "C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0),
				"alice"), "period", "period '2026-13' is not a month (YYYY-MM)");
		refused(() -> this.reviews.save(new ReviewForm(tool(), "2026-09", "C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0),
				"alice"), "period", "period 2026-09 has no published run of tool '" + tool() + "'");
		assertThat(this.reviews.ofPeriod(tool(), "2026-10")).isEmpty();
	}

	@Test
	void aReasonIsCountedInCharactersAndKeptWithoutSurroundingSpace() {
		// Nine characters, one outside the basic plane (two UTF-16 units, so ten Java chars): refused.
		refused(() -> save("C001", "HOUSEHOLD_VERIFIED", "MET", "Visited 👍", 0, "alice"), "reason",
				"reason must be 10 to 2,000 characters (was 9)");
		// Ten characters, spaces around them left out: accepted (PostgreSQL's char_length agrees).
		Review saved = save("C001", "HOUSEHOLD_VERIFIED", "MET", "  Visited 👍!  ", 0, "alice");
		assertThat(saved.reason()).isEqualTo("Visited 👍!");
	}

	@Test
	void reviewsAreNeverChangedNorDeleted() {
		save("C001", "HOUSEHOLD_VERIFIED", "MET", REASON, 0, "alice");
		assertThatThrownBy(() -> this.jdbc.sql("update review set reason = 'changed afterwards' where tool_id = ?")
			.param(tool()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("review is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from review where tool_id = ?").param(tool()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("review is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate review").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("review is append-only");
		assertThat(this.reviews.history(tool(), "2026-10", "C001", "HOUSEHOLD_VERIFIED")).hasSize(1);
	}

	private Review save(String caseId, String criterion, String outcome, String reason, int version, String by) {
		return this.reviews.save(new ReviewForm(tool(), "2026-10", caseId, criterion, outcome, reason, version), by);
	}

	private String tool() {
		return this.runs.tool.id();
	}

	static void refused(Runnable input, String field, String message) {
		assertThatThrownBy(input::run).isInstanceOf(InvalidInputException.class)
			.hasMessage(message)
			.extracting("field")
			.isEqualTo(field);
	}
}
