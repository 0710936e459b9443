package org.safeguarding.audit.review;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads and checks a learning action's fields. An action names no person and no case: names
 * cannot be recognised, but a person id of the tool's extracts written in the title can
 * ({@link IdentifierCheck}); the owning team is one of the period's teams, not free text.
 */
final class ActionChecks {

	static final int TITLE_MAX = 200;

	/** How far before today a due date may be (an action recorded late). */
	static final int DUE_YEARS_BEFORE = 1;

	/** How far after today a due date may be. */
	static final int DUE_YEARS_AFTER = 5;

	private ActionChecks() {
	}

	/**
	 * The form's values, checked against the period's newest published run: its criteria and
	 * teams, and {@code today} for the due date.
	 */
	static Checked check(ActionForm form, String toolId, List<String> criteria, List<String> teams, LocalDate today,
			IdentifierCheck identifiers) {
		return check(form, toolId, criteria, teams, today, identifiers, null);
	}

	/**
	 * As above for a change of {@code current}: a due date or team it already has is kept as it is
	 * (an action overdue for over a year, or of a team the newest run no longer has, can still be
	 * closed).
	 */
	static Checked check(ActionForm form, String toolId, List<String> criteria, List<String> teams, LocalDate today,
			IdentifierCheck identifiers, LearningAction current) {
		String title = Inputs.text("title", form.title(), 1, TITLE_MAX);
		String criterion = Inputs.required("criterion", form.criterion());
		String team = Inputs.required("owningTeam", form.owningTeam());
		LocalDate given = Inputs.date("dueDate", form.dueDate());
		boolean keptDue = current != null && given.equals(current.dueDate());
		boolean keptTeam = current != null && team.equals(current.owningTeam());
		LocalDate due = keptDue ? given : dueDate(given, today);
		ActionStatus status = (form.status() == null || form.status().isBlank()) ? ActionStatus.OPEN
				: Inputs.oneOf("status", ActionStatus.class, form.status().strip());
		if (!criteria.contains(criterion)) {
			throw new InvalidInputException("criterion",
					"criterion " + Inputs.quoted(criterion) + " is not a criterion of tool '" + toolId + "'");
		}
		if (!keptTeam && !teams.contains(team)) {
			throw new InvalidInputException("owningTeam",
					"owningTeam " + Inputs.quoted(team) + " is not one of the period's teams (" + String.join(", ", teams)
							+ ")");
		}
		identifiers.refuse("title", title, toolId);
		return new Checked(title, criterion, team, due, status);
	}

	/** The due date, if from {@link #DUE_YEARS_BEFORE} year before today to {@link #DUE_YEARS_AFTER} after. */
	static LocalDate dueDate(LocalDate due, LocalDate today) {
		LocalDate first = today.minusYears(DUE_YEARS_BEFORE);
		LocalDate last = today.plusYears(DUE_YEARS_AFTER);
		if (due.isBefore(first) || due.isAfter(last)) {
			throw new InvalidInputException("dueDate",
					"dueDate '" + due + "' must be from " + first + " to " + last + " (one year before today to five after)");
		}
		return due;
	}

	record Checked(String title, String criterion, String owningTeam, LocalDate dueDate, ActionStatus status) {
	}
}
