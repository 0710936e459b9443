package org.safeguarding.audit.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.AuditPeriod;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.audit.review.ReviewsIntegrationTests.refused;

/** Learning actions: created, changed as new versions, listed for the board, naming no case. */
@AuditIntegrationTest
class LearningActionsIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	LearningActions actions;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	@AfterEach
	void systemClock() {
		this.actions.clock(Clock.system(AuditPeriod.PARTNERSHIP_ZONE));
	}

	@BeforeEach
	void publish() {
		this.actions.clock(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), AuditPeriod.PARTNERSHIP_ZONE));
		this.runs = new PublishedRuns(this.jdbc);
		long october = this.runs.publish("2026-10", List.of(this.runs.worked("C001", "North"),
				this.runs.worked("b-17", "South")), OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		// C001's mother (M-5521) is in the extract but is no case; C1 is a case of September only.
		this.runs.persons(october, "C001", "b-17", "M-5521");
		long september = this.runs.publish("2026-09", List.of(this.runs.worked("C1", "North")),
				OffsetDateTime.parse("2026-10-02T09:00:00Z"));
		this.runs.persons(september, "C1");
	}

	@Test
	void anActionIsCreatedOpenAndChangedAsNewVersions() {
		LearningAction created = create("Remind teams to notify GPs within 7 days", "GP_INFORMED", "2026-12-31", "");
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(created.createdBy()).isEqualTo("alice");
		assertThat(created.changedBy()).isEqualTo("alice");
		LearningAction done = this.actions.change(created.actionId(),
				new ActionForm(created.title(), "GP_INFORMED", "North", "2026-12-31", "DONE"), 1, "bob");
		assertThat(done.version()).isEqualTo(2);
		assertThat(done.status()).isEqualTo(ActionStatus.DONE);
		assertThat(done.createdBy()).isEqualTo("alice");
		assertThat(done.changedBy()).isEqualTo("bob");
		assertThat(this.actions.history(created.actionId())).extracting(LearningAction::status)
			.containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
	}

	@Test
	void theBoardSeesOpenActionsOverdueFirst() {
		LearningAction later = create("Audit co-sleeping advice", "SAFE_SLEEP", "2027-01-31", "OPEN");
		LearningAction overdue = create("Refresh supervision schedule", "SUPERVISION_CURRENT", "2026-11-15", "OPEN");
		LearningAction soon = create("Chronology template for new starters", "CHRONOLOGY_CURRENT", "2026-12-10", "OPEN");
		LearningAction finished = create("Father's details on referral form", "FATHER_IDENTIFIED", "2026-11-01", "DONE");
		assertThat(this.actions.open(this.runs.tool.id(), TODAY)).extracting(LearningAction::actionId)
			.containsExactly(overdue.actionId(), soon.actionId(), later.actionId())
			.doesNotContain(finished.actionId());
		assertThat(this.actions.all(this.runs.tool.id(), TODAY)).extracting(LearningAction::actionId)
			.containsExactly(overdue.actionId(), soon.actionId(), later.actionId(), finished.actionId());
		assertThat(overdue.overdue(TODAY)).isTrue();
		assertThat(soon.overdue(TODAY)).isFalse();
	}

	@Test
	void anActionNamesNoPersonOfTheToolsExtracts() {
		refused(() -> create("Follow up C001 with the GP", "GP_INFORMED", "2026-12-31", ""), "title",
				"title must not name a child, a family member or a case (it names 'C001', a person in the extracts tool '"
						+ this.runs.tool.id() + "' audited)");
		refused(() -> create("Chase b-17's father", "FATHER_IDENTIFIED", "2026-12-31", ""), "title",
				"title must not name a child, a family member or a case (it names 'b-17', a person in the extracts tool '"
						+ this.runs.tool.id() + "' audited)");
		assertNamed("Follow up c-001 with the GP", "C001");
		assertNamed("Follow up C 001 with the GP", "C001");
		assertNamed("Follow up c_0.01 with the GP", "C001");
		assertNamed("Chase B17 and B/17", "b-17");
		assertNamed("Ask M 5521 about the home", "M-5521");
		assertNamed("Same as C1 last month", "C1");
		// Ids inside other words or numbers, or split by more than one separator, are not names.
		assertThat(create("Review C0010, C10 and b-170 forms (C - 001)", "GP_INFORMED", "2026-12-31", "").title())
			.isEqualTo("Review C0010, C10 and b-170 forms (C - 001)");
		assertThat(this.actions.open(this.runs.tool.id(), TODAY)).hasSize(1);
	}

	@Test
	void theOwningTeamIsOneOfThePeriodsTeams() {
		assertThat(this.actions.teams(this.runs.tool.id(), java.time.YearMonth.of(2026, 10))).containsExactly("North",
				"South");
		refused(() -> this.actions.create(this.runs.tool.id(), "2026-10",
				new ActionForm("Tidy up", "GP_INFORMED", "Team of Mrs Smith", "2026-12-31", ""), "alice"), "owningTeam",
				"owningTeam 'Team of Mrs Smith' is not one of the period's teams (North, South)");
		assertThat(this.actions.open(this.runs.tool.id(), TODAY)).isEmpty();
	}

	@Test
	void aDueDateFarFromTodayIsRefused() {
		// Today is 1 December 2026 here.
		refused(() -> create("Tidy up", "GP_INFORMED", "2031-12-02", ""), "dueDate",
				"dueDate '2031-12-02' must be from 2025-12-01 to 2031-12-01 (one year before today to five after)");
		refused(() -> create("Tidy up", "GP_INFORMED", "2025-11-30", ""), "dueDate",
				"dueDate '2025-11-30' must be from 2025-12-01 to 2031-12-01 (one year before today to five after)");
		assertThat(this.actions.open(this.runs.tool.id(), TODAY)).isEmpty();
	}

	@Test
	void anActionOverdueForOverAYearCanStillBeClosedButNotMovedFurtherBack() {
		LearningAction created = create("Remind teams to notify GPs within 7 days", "GP_INFORMED", "2026-12-31", "");
		// Two years on, its due date is over a year ago: closing it keeps that date, and may.
		this.actions.clock(Clock.fixed(Instant.parse("2028-12-01T12:00:00Z"), AuditPeriod.PARTNERSHIP_ZONE));
		LearningAction done = this.actions.change(created.actionId(),
				new ActionForm(created.title(), "GP_INFORMED", "North", "2026-12-31", "DONE"), 1, "bob");
		assertThat(done.status()).isEqualTo(ActionStatus.DONE);
		assertThat(done.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
		// A new due date must still be in range: 2027-06-30 is before 2027-12-01.
		refused(() -> this.actions.change(created.actionId(),
				new ActionForm(created.title(), "GP_INFORMED", "North", "2027-06-30", "OPEN"), 2, "bob"), "dueDate",
				"dueDate '2027-06-30' must be from 2027-12-01 to 2033-12-01 (one year before today to five after)");
	}

	private void assertNamed(String title, String id) {
		assertThatThrownBy(() -> create(title, "GP_INFORMED", "2026-12-31", "")).as(title)
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("(it names '" + id + "',");
	}

	@Test
	void badInputIsRefusedByItsField() {
		refused(() -> create("", "GP_INFORMED", "2026-12-31", ""), "title", "title must be 1 to 200 characters (was 0)");
		refused(() -> create("t".repeat(201), "GP_INFORMED", "2026-12-31", ""), "title",
				"title must be 1 to 200 characters (was 201)");
		refused(() -> create("Tidy up", "NAPS", "2026-12-31", ""), "criterion",
				"criterion 'NAPS' is not a criterion of tool '" + this.runs.tool.id() + "'");
		refused(() -> create("Tidy up", "GP_INFORMED", "31/12/2026", ""), "dueDate",
				"dueDate '31/12/2026' is not a date (YYYY-MM-DD)");
		refused(() -> create("Tidy up", "GP_INFORMED", "2026-12-31", "CLOSED"), "status",
				"status must be one of OPEN, DONE (was 'CLOSED')");
		refused(() -> this.actions.create(this.runs.tool.id(), "2026-10",
				new ActionForm("Tidy up", "GP_INFORMED", " ", "2026-12-31", ""), "alice"), "owningTeam",
				"owningTeam is required");
		assertThat(this.actions.open(this.runs.tool.id(), TODAY)).isEmpty();
	}

	@Test
	void theSecondOfTwoChangesOfTheSameVersionIsTold() {
		LearningAction created = create("Safe sleep leaflets in every visit bag", "SAFE_SLEEP", "2027-02-28", "");
		this.actions.change(created.actionId(), form(created, "DONE"), 1, "bob");
		assertThatThrownBy(() -> this.actions.change(created.actionId(), form(created, "OPEN"), 1, "carol"))
			.isInstanceOf(EditConflictException.class)
			.hasMessage("learning action " + created.actionId() + " was changed by bob (version 2) after the version you"
					+ " edited (1): reload it and change it again");
	}

	@Test
	void actionsAreNeverChangedNorDeleted() {
		LearningAction created = create("Keep records current", "RECORDS_CONTEMPORANEOUS", "2027-01-31", "");
		assertThatThrownBy(() -> this.jdbc.sql("update learning_action_version set status = 'DONE' where action_id = ?")
			.param(created.actionId()).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("learning_action_version is append-only");
	}

	private LearningAction create(String title, String criterion, String due, String status) {
		return this.actions.create(this.runs.tool.id(), "2026-10", new ActionForm(title, criterion, "North", due, status),
				"alice");
	}

	private static ActionForm form(LearningAction action, String status) {
		return new ActionForm(action.title(), action.criterion(), action.owningTeam(), action.dueDate().toString(), status);
	}
}
