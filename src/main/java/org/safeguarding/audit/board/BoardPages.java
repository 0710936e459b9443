package org.safeguarding.audit.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.review.Commentaries;
import org.safeguarding.audit.review.Commentary;
import org.safeguarding.audit.review.LearningAction;
import org.safeguarding.audit.review.LearningActions;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What the board's pages show, from the figures kept when the pack was published (never summed
 * from case rows) and the QA officers' current commentary and open learning actions. Commentary
 * is shown without its author and actions without who made them: the board's pages name no person.
 */
@Component
class BoardPages {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final BoardSnapshots snapshots;

	private final Commentaries commentaries;

	private final LearningActions actions;

	/** Packs' charts, drawn once per version: drawing them was most of a page's time. */
	private final PackSections.Cache sections = new PackSections.Cache(32);

	private final ITemplateEngine templates;

	BoardPages(BoardSnapshots snapshots, Commentaries commentaries, LearningActions actions, ITemplateEngine templates) {
		this.snapshots = snapshots;
		this.commentaries = commentaries;
		this.actions = actions;
		this.templates = templates;
	}

	/** A period from a path or a form: a month as {@code YYYY-MM}, or a {@link NotOnBoardException} naming the value. */
	static YearMonth period(String value) {
		if (value == null || !value.matches("\\d{4}-\\d{2}")) {
			throw new NotOnBoardException("period " + quoted(value) + " is not a month (YYYY-MM)");
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new NotOnBoardException("period " + quoted(value) + " is not a month (YYYY-MM)");
		}
	}

	/** Every period with a published pack, newest first. */
	List<PublishedPeriod> periods() {
		return this.snapshots.periods();
	}

	/** The period's page: its newest pack's sections, commentary, open actions and every version of the pack. */
	PeriodPage period(YearMonth period) {
		List<PackVersion> versions = this.snapshots.versions(period);
		PackSections sections = newest(period, versions);
		BoardFigures figures = sections.figures();
		List<Commentary> commentary = this.commentaries.current(figures.toolId(), figures.period());
		return new PeriodPage(figures, versions.get(0), periods(),
				sections.html("period", () -> render("board/period-sections", Map.of("sections", sections))),
				commentary.stream().filter(Commentary::overall).findFirst().orElse(null),
				commentary.stream().filter(c -> !c.overall())
					.collect(Collectors.toMap(Commentary::criterion, Function.identity())),
				openActions(figures, null), versions);
	}

	/** A criterion's page in the period's newest pack. */
	CriterionPage criterion(YearMonth period, String code) {
		List<PackVersion> versions = this.snapshots.versions(period);
		PackSections sections = newest(period, versions);
		BoardFigures figures = sections.figures();
		CriterionFigures criterion = figures.criterion(code)
			.orElseThrow(() -> new NotOnBoardException("criterion " + quoted(code) + " is not a criterion of the "
					+ figures.periodLabel() + " board pack"));
		Commentary commentary = this.commentaries.current(figures.toolId(), figures.period()).stream()
			.filter(c -> code.equals(c.criterion())).findFirst().orElse(null);
		return new CriterionPage(figures, versions.get(0), criterion,
				sections.html("criterion " + code, () -> render("board/criterion-sections", criterionParts(sections, code))),
				commentary,
				openActions(figures, code));
	}

	/** The newest of the period's versions (they come newest first), its charts drawn once per version. */
	private PackSections newest(YearMonth period, List<PackVersion> versions) {
		if (versions.isEmpty()) {
			throw noPack(period);
		}
		return this.sections.get(versions.get(0),
				v -> PackSections.of(this.snapshots.forRun(v.runId(), v.packVersion()).orElseThrow(() -> noPack(period))));
	}

	/**
	 * A part of a page that only the pack's sections make (every value th:text, escaped there):
	 * rendered once per pack version, since rendering thousands of table cells was most of a page's
	 * time under load, and the page puts it in as it is.
	 */
	private String render(String template, Map<String, Object> variables) {
		return this.templates.process(template, Set.of("sections"), new Context(Locale.UK, variables));
	}

	private static Map<String, Object> criterionParts(PackSections sections, String code) {
		Map<String, Object> parts = new java.util.HashMap<>();
		parts.put("sections", sections);
		parts.put("trend", sections.trend(code));
		parts.put("teams", sections.teams(code));
		return parts;
	}

	private static NotOnBoardException noPack(YearMonth period) {
		return new NotOnBoardException("no board pack has been published for " + ChartText.month(period.toString()));
	}

	private List<OpenAction> openActions(BoardFigures figures, String criterion) {
		LocalDate today = LocalDate.now(UK);
		Map<String, String> titles = figures.criteria().stream()
			.collect(Collectors.toMap(CriterionFigures::code, CriterionFigures::title));
		return this.actions.open(figures.toolId(), today).stream()
			.filter(a -> criterion == null || criterion.equals(a.criterion()))
			.map(a -> OpenAction.of(a, titles.getOrDefault(a.criterion(), a.criterion()), today))
			.toList();
	}

	static String quoted(String value) {
		return (value == null) ? "(none)" : "'" + value + "'";
	}

	/**
	 * The period's page. {@code shown} is the version whose figures these are; {@code sectionsHtml}
	 * the pack's own sections, rendered from it.
	 */
	record PeriodPage(BoardFigures figures, PackVersion shown, List<PublishedPeriod> periods, String sectionsHtml,
			Commentary overall,
			Map<String, Commentary> criterionCommentary, List<OpenAction> actions, List<PackVersion> versions) {
	}

	/** A criterion's page; {@code sectionsHtml} its trend and teams, rendered from the pack. */
	record CriterionPage(BoardFigures figures, PackVersion shown, CriterionFigures criterion, String sectionsHtml,
			Commentary commentary, List<OpenAction> actions) {
	}

	/** An open learning action as the board sees it: what, for which criterion, which team, when due. */
	record OpenAction(String title, String criterion, String criterionTitle, String owningTeam, LocalDate dueDate,
			boolean overdue) {

		static OpenAction of(LearningAction action, String criterionTitle, LocalDate today) {
			return new OpenAction(action.title(), action.criterion(), criterionTitle, action.owningTeam(),
					action.dueDate(), action.overdue(today));
		}
	}
}
