package org.safeguarding.audit.review;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * QA officers' reviews (qa-review.md): saved against a case × criterion of a tool's period, each
 * save a new version, the newest current, none ever changed or deleted.
 */
@Component
public class Reviews {

	static final int REASON_MIN = 10;

	static final int REASON_MAX = 2000;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	Reviews(JdbcClient jdbc, PeriodCases cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/**
	 * Saves the review as the next version, against the period's newest published run.
	 * @throws InvalidInputException a field is wrong: nothing saved
	 * @throws EditConflictException the version edited is no longer the newest: nothing saved
	 */
	public Review save(ReviewForm form, String reviewer) {
		String toolId = Inputs.required("toolId", form.toolId());
		YearMonth period = Inputs.period(form.period());
		String caseId = Inputs.required("caseId", form.caseId());
		String criterion = Inputs.required("criterion", form.criterion());
		Outcome reviewed = Inputs.oneOf("outcome", Outcome.class, form.outcome());
		String reason = Inputs.text("reason", form.reason(), REASON_MIN, REASON_MAX);
		int version = (int) Inputs.atLeast("version", form.version(), 0);
		String by = Inputs.required("reviewer", reviewer);
		long run = this.cases.run(toolId, period);
		String team = this.cases.requireCase(run, period, caseId);
		Outcome automated = this.cases.outcomes(run, caseId).get(criterion);
		if (automated == null) {
			throw new InvalidInputException("criterion",
					"criterion " + Inputs.quoted(criterion) + " is not a criterion of tool '" + toolId + "'");
		}
		if (automated == Outcome.NOT_APPLICABLE) {
			throw new InvalidInputException("criterion", "criterion " + criterion + " does not apply to case " + caseId
					+ " in " + period + " (automated outcome NOT_APPLICABLE): only a criterion that applies can be reviewed");
		}
		// The version edited must still be the newest: a later one, or the same next version saved
		// by someone else meanwhile (the unique key), inserts nothing.
		Optional<Review> saved = this.jdbc.sql("""
				insert into review (tool_id, period, case_id, criterion, version, reviewed_outcome, automated_outcome,
				    seen_run_id, team, reason, reviewer, reviewed_at)
				select :tool, :period, :case, :criterion, :version + 1, :reviewed, :automated, :run, :team, :reason, :by, :at
				where (select coalesce(max(version), 0) from review
				       where tool_id = :tool and period = :period and case_id = :case and criterion = :criterion) = :version
				on conflict (tool_id, period, case_id, criterion, version) do nothing
				returning *""")
			.param("tool", toolId)
			.param("period", period.toString())
			.param("case", caseId)
			.param("criterion", criterion)
			.param("version", version)
			.param("reviewed", reviewed.name())
			.param("automated", automated.name())
			.param("run", run)
			.param("team", team)
			.param("reason", reason)
			.param("by", by)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query((rs, i) -> ReviewRows.review(rs))
			.optional();
		return saved.orElseThrow(() -> conflict(toolId, period, caseId, criterion, version));
	}

	/** The current review of the case × criterion beside the period's automated outcome now. */
	public Optional<CaseReview> current(String toolId, String period, String caseId, String criterion) {
		return ofCase(toolId, period, caseId).stream()
			.filter((r) -> r.review().criterion().equals(criterion))
			.findFirst();
	}

	/** The case's current reviews, in tool order. */
	public List<CaseReview> ofCase(String toolId, String period, String caseId) {
		return currentReviews(toolId, Inputs.period(period), Inputs.required("caseId", caseId));
	}

	/** Every current review of the period, case id in byte order then tool order. */
	public List<CaseReview> ofPeriod(String toolId, String period) {
		return currentReviews(toolId, Inputs.period(period), null);
	}

	/** Every version of the review of the case × criterion, newest first. */
	public List<Review> history(String toolId, String period, String caseId, String criterion) {
		return histories(toolId, Inputs.period(period), caseId).getOrDefault(criterion, List.of());
	}

	/** Every version of every review of the case in the period, by criterion, each newest first. */
	Map<String, List<Review>> histories(String toolId, YearMonth period, String caseId) {
		Map<String, List<Review>> histories = new HashMap<>();
		this.jdbc.sql("""
				select * from review
				where tool_id = :tool and period = :period and case_id = :case
				order by criterion, version desc""")
			.param("tool", toolId)
			.param("period", period.toString())
			.param("case", caseId)
			.query((rs, i) -> ReviewRows.review(rs))
			.list()
			.forEach((r) -> histories.computeIfAbsent(r.criterion(), (c) -> new ArrayList<>()).add(r));
		return histories;
	}

	List<CaseReview> currentReviews(String toolId, YearMonth period, String caseId) {
		return currentReviews(toolId, period, caseId, this.cases.newestPublishedRun(toolId, period).orElse(null));
	}

	/** The current reviews beside the automated outcomes of {@code run} (null: none). */
	List<CaseReview> currentReviews(String toolId, YearMonth period, String caseId, Long run) {
		return this.jdbc.sql(SqlQueries.get("current-reviews.sql"))
			.param("tool", toolId)
			.param("period", period.toString())
			.param("case", caseId, Types.VARCHAR)
			.param("run", run, Types.BIGINT)
			.query((rs, i) -> ReviewRows.caseReview(rs))
			.list();
	}

	private EditConflictException conflict(String toolId, YearMonth period, String caseId, String criterion,
			int edited) {
		List<Review> history = history(toolId, period.toString(), caseId, criterion);
		if (history.isEmpty()) {
			return new EditConflictException("version " + edited + " of the review of case " + caseId + ", " + criterion
					+ " in " + period + " does not exist: there is no review yet (version 0)", 0);
		}
		Review newest = history.get(0);
		return new EditConflictException("the review of case " + caseId + ", " + criterion + " in " + period
				+ " was saved by " + newest.reviewer() + " at " + WHEN.format(newest.reviewedAt().withOffsetSameInstant(ZoneOffset.UTC))
				+ " (version " + newest.version() + ") after the version you edited (" + edited
				+ "): reload it and decide again", newest.version());
	}
}
