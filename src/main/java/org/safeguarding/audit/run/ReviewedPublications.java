package org.safeguarding.audit.run;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.board.BoardSnapshot;
import org.safeguarding.audit.board.BoardSnapshots;
import org.safeguarding.audit.board.PackVersion;
import org.safeguarding.audit.board.ReviewedPublishing;
import org.safeguarding.audit.report.ReviewedCounts;
import org.safeguarding.audit.report.RunPublisher;
import org.safeguarding.audit.review.CaseReview;
import org.safeguarding.audit.review.ReviewedFigures;
import org.safeguarding.audit.review.ReviewedResults;
import org.safeguarding.audit.review.Reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a period's board pack again with the reviewed figures: the period's newest published
 * run scored with its own audit tool (the file the run was started with, which must be unchanged
 * since), each current review's outcome in place of the automated one, as {@link ReviewedResults}
 * works them out; the teams' counts move with each reviewed outcome. One transaction: the new
 * version's figures and files are kept together or not at all.
 */
@Component
class ReviewedPublications implements ReviewedPublishing {

	private final JdbcClient jdbc;

	private final BoardSnapshots snapshots;

	private final ReviewedResults reviewedResults;

	private final Reviews reviews;

	private final RunPublisher publisher;

	ReviewedPublications(JdbcClient jdbc, BoardSnapshots snapshots, ReviewedResults reviewedResults, Reviews reviews,
			RunPublisher publisher) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.reviewedResults = reviewedResults;
		this.reviews = reviews;
		this.publisher = publisher;
	}

	@Override
	@Transactional
	public PackVersion publishReviewed(YearMonth period, String publishedBy) {
		BoardSnapshot newest = this.snapshots.latestFor(period)
			.orElseThrow(() -> new IllegalStateException("no board pack has been published for " + period));
		long run = newest.runId();
		AuditTool tool = toolOf(run);
		ReviewedFigures figures = this.reviewedResults.figures(tool, period.toString());
		if (figures.runId() != run) {
			throw new IllegalStateException("the newest board pack of " + period + " is run " + run
					+ "'s but the newest published run is " + figures.runId() + ": publish that run's pack first");
		}
		List<CaseReview> inPlace = this.reviews.ofPeriod(tool.id(), period.toString()).stream()
			.filter(r -> r.automatedNow() != null && r.automatedNow().applicable())
			.toList();
		Map<String, String> teams = teams(run, inPlace);
		List<ReviewedCounts.Move> moves = inPlace.stream()
			.map(r -> new ReviewedCounts.Move(teams.get(r.review().caseId()), r.review().criterion(), r.automatedNow(),
					r.review().reviewedOutcome()))
			.toList();
		int version = this.publisher.publishReviewed(run, tool, new ReviewedCounts(figures.reviewed(),
				figures.reviewedGrades(), moves, figures.reviewedOutcomes(), figures.changedOutcomes()), publishedBy);
		return this.snapshots.versions(period).stream()
			.filter(v -> v.runId() == run && v.packVersion() == version)
			.findFirst()
			.orElseThrow();
	}

	/** The audit tool the run was scored with: the file its run was started with, unchanged since. */
	private AuditTool toolOf(long run) {
		String file = this.jdbc.sql("select tool_file from run where audit_run_id = ? order by id desc limit 1")
			.param(run)
			.query(String.class)
			.optional()
			.orElse(RunProperties.DEFAULT_TOOL);
		String sha256 = this.jdbc.sql("select tool_sha256 from audit_run where run_id = ?").param(run)
			.query(String.class)
			.single();
		AuditTool tool = AuditToolLoader.loadLocation(file);
		if (!tool.sha256().equals(sha256)) {
			throw new IllegalStateException("the audit tool file " + file + " has changed since run " + run
					+ " scored the period: its figures cannot be reviewed with it");
		}
		return tool;
	}

	private Map<String, String> teams(long run, List<CaseReview> reviewed) {
		Map<String, String> teams = new HashMap<>();
		if (reviewed.isEmpty()) {
			return teams;
		}
		this.jdbc.sql("select case_id, team from case_score where run_id = ? and case_id = any(?)")
			.params(run, reviewed.stream().map(r -> r.review().caseId()).distinct().toArray(String[]::new))
			.query(rs -> {
				teams.put(rs.getString(1), rs.getString(2));
			});
		return teams;
	}
}
