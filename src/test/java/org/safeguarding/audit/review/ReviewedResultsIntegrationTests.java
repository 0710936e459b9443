package org.safeguarding.audit.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reviewed figures read from a published run and its reviews. The run is ReviewedScoringTests'
 * (worked by hand there): P1 the worked example (61.5), P2 with DA_ENQUIRY_POSTNATAL and
 * SUPERVISION_CURRENT met (76.9); reviews P1 and P2 HOUSEHOLD_VERIFIED MET, P2
 * SUPERVISION_CURRENT MET (agreeing), so 3 reviewed, 2 changed; P1 69.2, P2 84.6 GOOD.
 */
@AuditIntegrationTest
class ReviewedResultsIntegrationTests {

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewedResults results;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	long run;

	@BeforeEach
	void publishAndReview() {
		this.runs = new PublishedRuns(this.jdbc);
		this.run = this.runs.publish("2026-10", List.of(this.runs.worked("P1", "North"),
				this.runs.worked("P2", "North", "DA_ENQUIRY_POSTNATAL MET", "SUPERVISION_CURRENT MET")),
				OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		review("P1", "HOUSEHOLD_VERIFIED", "MET");
		review("P2", "HOUSEHOLD_VERIFIED", "MET");
		review("P2", "SUPERVISION_CURRENT", "MET");
	}

	@Test
	void figuresOfThePeriodWithTheReviewsInPlace() {
		ReviewedFigures figures = this.results.figures(this.runs.tool, "2026-10");
		assertThat(figures.runId()).isEqualTo(this.run);
		assertThat(figures.cases()).isEqualTo(2);
		assertThat(figures.reviewedOutcomes()).isEqualTo(3);
		assertThat(figures.changedOutcomes()).isEqualTo(2);
		assertThat(figures.automatedGrades()).containsEntry(Grade.REQUIRES_IMPROVEMENT, 2).containsEntry(Grade.GOOD, 0);
		assertThat(figures.reviewedGrades()).containsEntry(Grade.REQUIRES_IMPROVEMENT, 1).containsEntry(Grade.GOOD, 1);
		// 0 of 2 met (0.0, Wilson 0.0–65.8) becomes 2 of 2 (100.0, 34.2–100.0).
		assertThat(summary(figures.automated(), "HOUSEHOLD_VERIFIED"))
			.extracting(CriterionSummary::met, CriterionSummary::compliancePct, CriterionSummary::ciHighPct)
			.containsExactly(0, new BigDecimal("0.0"), new BigDecimal("65.8"));
		assertThat(summary(figures.reviewed(), "HOUSEHOLD_VERIFIED"))
			.extracting(CriterionSummary::met, CriterionSummary::compliancePct, CriterionSummary::ciLowPct)
			.containsExactly(2, new BigDecimal("100.0"), new BigDecimal("34.2"));
	}

	@Test
	void oneCaseAsAutomatedAndAsReviewed() {
		CaseFigures p2 = this.results.caseFigures(this.runs.tool, "2026-10", "P2");
		assertThat(p2.automated().score()).hasToString("76.9");
		assertThat(p2.reviewed().score()).hasToString("84.6");
		assertThat(p2.reviewed().grade()).isEqualTo(Grade.GOOD);
		assertThat(p2.reviewed().outcome("HOUSEHOLD_VERIFIED").outcome()).isEqualTo(Outcome.MET);
		assertThat(p2.reviewed().outcome("HOUSEHOLD_VERIFIED").evidence()).isEqualTo("Evidence for P2.");
		assertThat(p2.reviews()).extracting((r) -> r.review().criterion())
			.containsExactly("HOUSEHOLD_VERIFIED", "SUPERVISION_CURRENT");
	}

	@Test
	void aReviewOfACaseTheNewestRunNoLongerHasIsLeftOutOfTheFigures() {
		// A re-sent drop without P1: only P2's reviews count (2 reviewed, 1 changed).
		this.runs.publish("2026-10", List.of(this.runs.worked("P2", "North", "DA_ENQUIRY_POSTNATAL MET",
				"SUPERVISION_CURRENT MET")), OffsetDateTime.parse("2026-11-09T09:00:00Z"));
		ReviewedFigures figures = this.results.figures(this.runs.tool, "2026-10");
		assertThat(figures.cases()).isEqualTo(1);
		assertThat(figures.reviewedOutcomes()).isEqualTo(2);
		assertThat(figures.changedOutcomes()).isEqualTo(1);
		assertThat(figures.reviewedGrades()).containsEntry(Grade.GOOD, 1).containsEntry(Grade.REQUIRES_IMPROVEMENT, 0);
	}

	@Test
	void aReviewOfACriterionThatNoLongerAppliesIsLeftOutOfTheFigures() {
		// A re-sent drop in which P1's household criterion does not apply: P2's reviews alone count,
		// and HOUSEHOLD_VERIFIED applies to one case, P2, met by review.
		this.runs.publish("2026-10", List.of(this.runs.worked("P1", "North", "HOUSEHOLD_VERIFIED NOT_APPLICABLE"),
				this.runs.worked("P2", "North", "DA_ENQUIRY_POSTNATAL MET", "SUPERVISION_CURRENT MET")),
				OffsetDateTime.parse("2026-11-09T09:00:00Z"));
		ReviewedFigures figures = this.results.figures(this.runs.tool, "2026-10");
		assertThat(figures.reviewedOutcomes()).isEqualTo(2);
		assertThat(summary(figures.reviewed(), "HOUSEHOLD_VERIFIED"))
			.extracting(CriterionSummary::applicable, CriterionSummary::met)
			.containsExactly(1, 1);
		CaseFigures p1 = this.results.caseFigures(this.runs.tool, "2026-10", "P1");
		assertThat(p1.reviewed().outcome("HOUSEHOLD_VERIFIED").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(p1.reviews()).singleElement().extracting(CaseReview::dataChanged).isEqualTo(true);
	}

	@Test
	void aToolWhoseCriteriaAreNotTheRunsIsRefused() {
		AuditTool tool = this.runs.tool;
		AuditTool fewer = new AuditTool(tool.id(), tool.version(), tool.title(), tool.sha256(),
				tool.gradeGood(), tool.gradeRequiresImprovement(), tool.ragGreen(), tool.ragAmber(), tool.z(),
				tool.criteria().subList(0, 14));
		assertThatIllegalArgumentException().isThrownBy(() -> this.results.figures(fewer, "2026-10"))
			.withMessageStartingWith("run " + this.run + " of 2026-10 was scored on criteria [FATHER_IDENTIFIED");
	}

	private void review(String caseId, String criterion, String outcome) {
		this.reviews.save(new ReviewForm(this.runs.tool.id(), "2026-10", caseId, criterion, outcome,
				"Checked against the case notes.", 0), "alice");
	}

	private static CriterionSummary summary(List<CriterionSummary> summaries, String criterion) {
		return summaries.stream().filter((s) -> s.criterion().equals(criterion)).findFirst().orElseThrow();
	}
}
