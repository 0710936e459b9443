package org.safeguarding.audit.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.review.Commentaries;
import org.safeguarding.audit.review.Commentary;
import org.safeguarding.audit.review.LearningAction;
import org.safeguarding.audit.review.LearningActions;

import org.springframework.stereotype.Component;

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

	BoardPages(BoardSnapshots snapshots, Commentaries commentaries, LearningActions actions) {
		this.snapshots = snapshots;
		this.commentaries = commentaries;
		this.actions = actions;
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
		BoardSnapshot snapshot = newest(period);
		BoardFigures figures = snapshot.figures();
		List<Commentary> commentary = this.commentaries.current(figures.toolId(), figures.period());
		List<PackVersion> versions = this.snapshots.versions(period);
		return new PeriodPage(figures, versionOf(snapshot, versions), periods(), ComplianceSvg.of(figures),
				figures.trends().stream().map(t -> new Chart<>(t, TrendSvg.of(t, figures.period()))).toList(),
				figures.headline().stream().map(t -> new Chart<>(t, FunnelSvg.of(t, figures.period()))).toList(),
				commentary.stream().filter(Commentary::overall).findFirst().orElse(null),
				commentary.stream().filter(c -> !c.overall())
					.collect(Collectors.toMap(Commentary::criterion, Function.identity())),
				openActions(figures, null), versions);
	}

	/** A criterion's page in the period's newest pack. */
	CriterionPage criterion(YearMonth period, String code) {
		BoardSnapshot snapshot = newest(period);
		BoardFigures figures = snapshot.figures();
		CriterionFigures criterion = figures.criterion(code)
			.orElseThrow(() -> new NotOnBoardException("criterion " + quoted(code) + " is not a criterion of the "
					+ figures.periodLabel() + " board pack"));
		CriterionTrend trend = figures.trend(code).orElse(null);
		Optional<TeamFigures> teams = figures.teams(code);
		Commentary commentary = this.commentaries.current(figures.toolId(), figures.period()).stream()
			.filter(c -> code.equals(c.criterion())).findFirst().orElse(null);
		return new CriterionPage(figures, versionOf(snapshot, this.snapshots.versions(period)), criterion,
				(trend == null) ? null : new Chart<>(trend, TrendSvg.of(trend, figures.period())),
				teams.map(t -> new Chart<>(t, FunnelSvg.of(t, figures.period()))).orElse(null), commentary,
				openActions(figures, code));
	}

	private BoardSnapshot newest(YearMonth period) {
		return this.snapshots.latestFor(period).orElseThrow(() -> new NotOnBoardException(
				"no board pack has been published for " + ChartText.month(period.toString())));
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

	private static PackVersion versionOf(BoardSnapshot snapshot, List<PackVersion> versions) {
		return versions.stream()
			.filter(v -> v.runId() == snapshot.runId() && v.packVersion() == snapshot.packVersion())
			.findFirst()
			.orElseThrow();
	}

	static String quoted(String value) {
		return (value == null) ? "(none)" : "'" + value + "'";
	}

	/** A chart beside the figures it draws. */
	record Chart<T>(T figures, SvgChart chart) {
	}

	/** The period's page. {@code shown} is the version whose figures these are. */
	record PeriodPage(BoardFigures figures, PackVersion shown, List<PublishedPeriod> periods, SvgChart compliance,
			List<Chart<CriterionTrend>> trends, List<Chart<TeamFigures>> teams, Commentary overall,
			Map<String, Commentary> criterionCommentary, List<OpenAction> actions, List<PackVersion> versions) {
	}

	/** A criterion's page; {@code trend} and {@code teams} are null when the pack has none for it. */
	record CriterionPage(BoardFigures figures, PackVersion shown, CriterionFigures criterion,
			Chart<CriterionTrend> trend, Chart<TeamFigures> teams, Commentary commentary, List<OpenAction> actions) {
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
