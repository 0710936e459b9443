package org.safeguarding.audit.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and checks a learning action's fields. An action names no person and no case: names
 * cannot be recognised, but a case id of the period written as a word in the title or team can.
 */
final class ActionChecks {

	static final int TITLE_MAX = 200;

	static final int TEAM_MAX = 100;

	private ActionChecks() {
	}

	/** The form's values, checked against the period's newest published run. */
	static Checked check(ActionForm form, String toolId, YearMonth period, long run, PeriodCases cases, JdbcClient jdbc) {
		String title = Inputs.text("title", form.title(), 1, TITLE_MAX);
		String criterion = Inputs.required("criterion", form.criterion());
		String team = Inputs.text("owningTeam", form.owningTeam(), 1, TEAM_MAX);
		LocalDate due = Inputs.date("dueDate", form.dueDate());
		ActionStatus status = (form.status() == null || form.status().isBlank()) ? ActionStatus.OPEN
				: Inputs.oneOf("status", ActionStatus.class, form.status().strip());
		if (!cases.criteria(run).contains(criterion)) {
			throw new InvalidInputException("criterion",
					"criterion " + Inputs.quoted(criterion) + " is not a criterion of tool '" + toolId + "'");
		}
		refuseCaseIds("title", title, period, run, jdbc);
		refuseCaseIds("owningTeam", team, period, run, jdbc);
		return new Checked(title, criterion, team, due, status);
	}

	private static void refuseCaseIds(String field, String text, YearMonth period, long run, JdbcClient jdbc) {
		// PostgreSQL finds the case ids the text contains; only one standing as a word of its own names a case
		// ("C1" in "C10 review" does not).
		List<String> contained = jdbc.sql("""
				select case_id from case_score where run_id = :run and strpos(lower(:text), lower(case_id)) > 0
				order by case_id""")
			.param("run", run)
			.param("text", text)
			.query(String.class)
			.list();
		for (String caseId : contained) {
			if (standsAlone(text.toLowerCase(Locale.ROOT), caseId.toLowerCase(Locale.ROOT))) {
				throw new InvalidInputException(field, field + " must not name a case (it names '" + caseId
						+ "', a case of " + period + ")");
			}
		}
	}

	static boolean standsAlone(String text, String word) {
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
			boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
			if (before && after) {
				return true;
			}
		}
		return false;
	}

	record Checked(String title, String criterion, String owningTeam, LocalDate dueDate, ActionStatus status) {
	}
}
