package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning actions (qa-review.md): created and changed by QA officers, each change a new
 * version, none deleted; the board sees the open ones, overdue first.
 */
@Component
public class LearningActions {

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	private final CriterionCases criterionCases;

	private final IdentifierCheck identifiers;

	/** Today, for the due date's range: the partnership's date (a fixed one in tests). */
	private Clock clock = Clock.system(AuditPeriod.PARTNERSHIP_ZONE);

	LearningActions(JdbcClient jdbc, PeriodCases cases, CriterionCases criterionCases, IdentifierCheck identifiers) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.criterionCases = criterionCases;
		this.identifiers = identifiers;
	}

	/**
	 * Creates an action arising from the tool's period, as its version 1.
	 * @throws InvalidInputException a field is wrong (including a title naming a person of the tool's extracts)
	 */
	@Transactional
	public LearningAction create(String toolId, String period, ActionForm form, String createdBy) {
		String tool = Inputs.required("toolId", toolId);
		YearMonth month = Inputs.period(period);
		String by = Inputs.required("createdBy", createdBy);
		ActionChecks.Checked checked = check(form, tool, month, null);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long id = this.jdbc.sql("""
				insert into learning_action (tool_id, period, created_by, created_at)
				values (:tool, :period, :by, :at) returning action_id""")
			.param("tool", tool).param("period", month.toString()).param("by", by).param("at", now)
			.query(Long.class)
			.single();
		insertVersion(id, 0, checked, by, now);
		return get(id).orElseThrow();
	}

	/**
	 * Saves the form as the action's next version; {@code version} is the one edited.
	 * @throws InvalidInputException a field is wrong
	 * @throws EditConflictException someone saved a newer version since
	 */
	public LearningAction change(long actionId, ActionForm form, int version, String changedBy) {
		LearningAction action = get(actionId).orElseThrow(() -> new InvalidInputException("actionId",
				"actionId " + actionId + " is not a learning action"));
		Inputs.atLeast("version", version, 1);
		String by = Inputs.required("changedBy", changedBy);
		ActionChecks.Checked checked = check(form, action.toolId(), action.period(), action);
		if (insertVersion(actionId, version, checked, by, OffsetDateTime.now(ZoneOffset.UTC)) == 0) {
			LearningAction newest = get(actionId).orElseThrow();
			throw new EditConflictException("learning action " + actionId + " was changed by " + newest.changedBy()
					+ " (version " + newest.version() + ") after the version you edited (" + version
					+ "): reload it and change it again", newest.version());
		}
		return get(actionId).orElseThrow();
	}

	/** The period's teams an action can be owned by: those of its newest published run. */
	public List<String> teams(String toolId, YearMonth period) {
		return teams(this.cases.run(toolId, period));
	}

	/** The same, when the period's newest published run is known ({@code run}). */
	public List<String> teams(long run) {
		return this.criterionCases.teams(run);
	}

	private ActionChecks.Checked check(ActionForm form, String tool, YearMonth period, LearningAction current) {
		long run = this.cases.run(tool, period);
		return ActionChecks.check(form, tool, this.cases.criteria(run), this.criterionCases.teams(run),
				LocalDate.now(this.clock), this.identifiers, current);
	}

	/** Tests fix today's date, so due dates written by hand stay in range. */
	void clock(Clock clock) {
		this.clock = clock;
	}

	/** The action as its newest version says. */
	public Optional<LearningAction> get(long actionId) {
		return history(actionId).stream().findFirst();
	}

	/** Every version of the action, newest first. */
	public List<LearningAction> history(long actionId) {
		return this.jdbc.sql("""
				select v.*, a.tool_id, a.period, a.created_by, a.created_at
				from learning_action_version v join learning_action a on a.action_id = v.action_id
				where v.action_id = :action order by v.version desc""")
			.param("action", actionId)
			.query((rs, i) -> action(rs))
			.list();
	}

	/** The tool's open actions for the board: overdue on {@code today} first, then by due date. */
	public List<LearningAction> open(String toolId, LocalDate today) {
		return list(toolId, today, false);
	}

	/** All the tool's actions, as the board's list orders them, then the done ones. */
	public List<LearningAction> all(String toolId, LocalDate today) {
		return list(toolId, today, true);
	}

	private List<LearningAction> list(String toolId, LocalDate today, boolean all) {
		return this.jdbc.sql(SqlQueries.get("learning-actions.sql"))
			.param("tool", toolId)
			.param("today", today)
			.param("all", all)
			.query((rs, i) -> action(rs))
			.list();
	}

	private int insertVersion(long actionId, int edited, ActionChecks.Checked c, String by, OffsetDateTime at) {
		return this.jdbc.sql("""
				insert into learning_action_version (action_id, version, title, criterion, owning_team, due_date, status,
				    changed_by, changed_at)
				select :action, :version + 1, :title, :criterion, :team, :due, :status, :by, :at
				where (select coalesce(max(version), 0) from learning_action_version where action_id = :action) = :version
				on conflict (action_id, version) do nothing""")
			.param("action", actionId).param("version", edited).param("title", c.title())
			.param("criterion", c.criterion()).param("team", c.owningTeam()).param("due", c.dueDate())
			.param("status", c.status().name()).param("by", by).param("at", at)
			.update();
	}

	private static LearningAction action(ResultSet rs) throws SQLException {
		return new LearningAction(rs.getLong("action_id"), rs.getString("tool_id"),
				YearMonth.parse(rs.getString("period")), rs.getInt("version"), rs.getString("title"),
				rs.getString("criterion"), rs.getString("owning_team"), rs.getObject("due_date", LocalDate.class),
				ActionStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class));
	}
}
