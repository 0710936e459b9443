package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.audit.review.ReviewsIntegrationTests.refused;

/** A period's commentary, overall and per criterion, with its history. */
@AuditIntegrationTest
class CommentariesIntegrationTests {

	@Autowired
	Commentaries commentaries;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	@BeforeEach
	void publish() {
		this.runs = new PublishedRuns(this.jdbc);
		long run = this.runs.publish("2026-10", List.of(this.runs.worked("C001", "North")),
				OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		this.runs.persons(run, "C001", "M-5521");
	}

	@Test
	void commentaryNamesNoPersonOfTheToolsExtracts() {
		refused(() -> this.commentaries.save(tool(), "2026-10", "", "Late GP letters, e.g. c-001.", 0, "alice"), "text",
				"text must not name a child, a family member or a case (it names 'C001', a person in the extracts tool '"
						+ tool() + "' audited)");
		refused(() -> this.commentaries.save(tool(), "2026-10", "GP_INFORMED", "Mother m 5521 was not seen.", 0, "alice"),
				"text", "text must not name a child, a family member or a case (it names 'M-5521', a person in the"
						+ " extracts tool '" + tool() + "' audited)");
		assertThat(this.commentaries.history(tool(), "2026-10", null)).isEmpty();
		assertThat(this.commentaries.save(tool(), "2026-10", "", "C0010 is a form number.", 0, "alice").text())
			.isEqualTo("C0010 is a form number.");
	}

	@Test
	void theNewestVersionOfEachCommentaryIsShownAndEditsKeepTheirHistory() {
		this.commentaries.save(tool(), "2026-10", "", "A steady month.", 0, "alice");
		this.commentaries.save(tool(), "2026-10", "GP_INFORMED", "GPs were told late in two teams.", 0, "alice");
		this.commentaries.save(tool(), "2026-10", null, "A steady month; supervision slipped.", 1, "bob");
		assertThat(this.commentaries.current(tool(), "2026-10"))
			.extracting(Commentary::criterion, Commentary::text, Commentary::version, Commentary::writtenBy)
			.containsExactly(tuple(null, "A steady month; supervision slipped.", 2, "bob"),
					tuple("GP_INFORMED", "GPs were told late in two teams.", 1, "alice"));
		assertThat(this.commentaries.history(tool(), "2026-10", null)).extracting(Commentary::text)
			.containsExactly("A steady month; supervision slipped.", "A steady month.");
	}

	@Test
	void anEmptyTextWithdrawsTheCommentaryButKeepsItsHistory() {
		this.commentaries.save(tool(), "2026-10", "SAFE_SLEEP", "Written on the wrong criterion.", 0, "alice");
		this.commentaries.save(tool(), "2026-10", "SAFE_SLEEP", "", 1, "alice");
		assertThat(this.commentaries.current(tool(), "2026-10")).isEmpty();
		assertThat(this.commentaries.history(tool(), "2026-10", "SAFE_SLEEP")).hasSize(2);
	}

	@Test
	void theSecondOfTwoEditsOfTheSameVersionIsTold() {
		this.commentaries.save(tool(), "2026-10", "", "First words.", 0, "alice");
		assertThatThrownBy(() -> this.commentaries.save(tool(), "2026-10", "", "Other words.", 0, "bob"))
			.isInstanceOf(EditConflictException.class)
			.hasMessage("the overall commentary of 2026-10 was saved by alice (version 1) after the version you edited (0):"
					+ " reload it and edit again");
	}

	@Test
	void badInputIsRefusedByItsField() {
		refused(() -> this.commentaries.save(tool(), "2026-10", "", "x".repeat(2001), 0, "alice"), "text",
				"text must be at most 2,000 characters (was 2,001)");
		refused(() -> this.commentaries.save(tool(), "2026-10", "TEETHING", "Teething.", 0, "alice"), "criterion",
				"criterion 'TEETHING' is not a criterion of tool '" + tool() + "'");
		refused(() -> this.commentaries.save(tool(), "2026-1", "", "Words.", 0, "alice"), "period",
				"period '2026-1' is not a month (YYYY-MM)");
		assertThat(this.commentaries.current(tool(), "2026-10")).isEmpty();
	}

	@Test
	void commentaryIsNeverChangedNorDeleted() {
		this.commentaries.save(tool(), "2026-10", "", "Kept as written.", 0, "alice");
		assertThatThrownBy(() -> this.jdbc.sql("update commentary set body = 'rewritten' where tool_id = ?").param(tool())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("commentary is append-only");
	}

	private String tool() {
		return this.runs.tool.id();
	}
}
