package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.safeguarding.audit.audit.Outcome;

/** Reads the review table's rows (and the current outcome beside them) into records. */
final class ReviewRows {

	private ReviewRows() {
	}

	static Review review(ResultSet rs) throws SQLException {
		return new Review(rs.getString("tool_id"), YearMonth.parse(rs.getString("period")), rs.getString("case_id"),
				rs.getString("criterion"), rs.getInt("version"), Outcome.valueOf(rs.getString("reviewed_outcome")),
				Outcome.valueOf(rs.getString("automated_outcome")), rs.getLong("seen_run_id"), rs.getString("team"),
				rs.getString("reason"), rs.getString("reviewer"), rs.getObject("reviewed_at", OffsetDateTime.class));
	}

	/** A current review with the {@code automated_now} column of {@code current-reviews.sql}. */
	static CaseReview caseReview(ResultSet rs) throws SQLException {
		Review review = review(rs);
		String now = rs.getString("automated_now");
		Outcome automatedNow = (now == null) ? null : Outcome.valueOf(now);
		return new CaseReview(review, automatedNow, automatedNow != review.automatedOutcome());
	}
}
