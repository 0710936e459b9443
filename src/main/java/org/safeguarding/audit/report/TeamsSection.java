package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRDataSource;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;
import org.safeguarding.audit.stats.FunnelPlot;
import org.safeguarding.audit.stats.FunnelPlot.Position;
import org.safeguarding.audit.stats.Suppression;
import org.safeguarding.audit.stats.TeamComparison;

/**
 * Teams, per headline criterion: a funnel plot naming teams outside the limits, a chi-square
 * test of whether teams differ, and the team table (suppressed by row and by column, with an
 * "All teams" total row).
 */
final class TeamsSection {

	static final double ALPHA = 0.05;

	static final int CHART_HEIGHT = 200;

	static final String ALL_TEAMS = "All teams";

	static final String SMALL_NUMBERS = "Funnel plot not shown: the numbers are small enough to be suppressed.";

	record TeamRow(String team, String applicable, String met, String partlyMet, String notMet, String compliance,
			String position) {
	}

	/**
	 * @param teams the team table for Jasper (read once), {@code rows} the same rows
	 * @param alt the chart's text alternative (ChartText's words, set once the figures are known)
	 */
	record HeadlineRow(String criterion, String title, FunnelChart chart, String outliers, String comparison,
			JRDataSource teams, List<TeamRow> rows, String alt) {

		HeadlineRow withAlt(String text) {
			return new HeadlineRow(this.criterion, this.title, this.chart, this.outliers, this.comparison, this.teams,
					this.rows, text);
		}
	}

	private TeamsSection() {
	}

	static List<HeadlineRow> of(List<CriterionCounts> criteria, List<TeamCounts> teams, List<String> headline,
			Suppression suppression, int chartWidth) {
		Map<String, List<TeamCounts>> byCriterion = teams.stream()
			.collect(Collectors.groupingBy(TeamCounts::criterion));
		return criteria.stream()
			.filter(c -> headline.contains(c.criterion()))
			.map(c -> row(c, byCriterion.getOrDefault(c.criterion(), List.of()), suppression, chartWidth))
			.toList();
	}

	private static HeadlineRow row(CriterionCounts criterion, List<TeamCounts> teams, Suppression suppression,
			int chartWidth) {
		FunnelPlot plot = FunnelPlot.of(teams.stream().map(t -> t.tally(t.team())).toList());
		long[][] cells = new long[teams.size() + 1][];
		long[] total = new long[4];
		for (int i = 0; i < teams.size(); i++) {
			cells[i] = teams.get(i).cells();
			for (int c = 0; c < 4; c++) {
				total[c] += cells[i][c];
			}
		}
		cells[teams.size()] = total;
		boolean[][] hidden = suppression.table(cells, true);
		List<TeamRow> rows = new ArrayList<>();
		List<FunnelChart.Point> points = new ArrayList<>();
		Set<String> notDrawn = new HashSet<>();
		for (int i = 0; i < teams.size(); i++) {
			TeamCounts team = teams.get(i);
			FunnelPlot.Unit unit = plot.units().get(i);
			PublishedRow published = PublishedRow.of(team, hidden[i]);
			// Where a hidden figure falls against the limits would narrow down what it is.
			rows.add(new TeamRow(team.team(), published.applicable(), published.met(), published.partlyMet(),
					published.notMet(), published.compliance(),
					published.complianceHidden() && team.applicable() > 0 ? Figures.SUPPRESSED : position(unit.position())));
			if (team.applicable() > 0 && published.complianceHidden()) {
				notDrawn.add(team.team());
			}
			else if (team.applicable() > 0) {
				points.add(new FunnelChart.Point(team.team(), team.applicable(), unit.tally().proportion(),
						unit.position().isOutside()));
			}
		}
		PublishedRow all = PublishedRow.of(new TeamCounts(ALL_TEAMS, 0, "", total[3], total[0], total[1], total[2]),
				hidden[teams.size()]);
		rows.add(new TeamRow(ALL_TEAMS, all.applicable(), all.met(), all.partlyMet(), all.notMet(), all.compliance(), ""));
		if (all.complianceHidden()) {
			// The overall proportion (the funnel's centre) would reveal the hidden counts.
			return new HeadlineRow(criterion.criterion(), criterion.title(),
					new FunnelChart(chartWidth, CHART_HEIGHT, plot, List.of(), true), SMALL_NUMBERS,
					"Not tested: the numbers are small.", RecordDataSource.of(rows), List.copyOf(rows), "");
		}
		return new HeadlineRow(criterion.criterion(), criterion.title(),
				new FunnelChart(chartWidth, CHART_HEIGHT, plot, points, false), outlierText(plot, notDrawn),
				comparisonText(TeamComparison.of(plot.units().stream().map(FunnelPlot.Unit::tally).toList())),
				RecordDataSource.of(rows), List.copyOf(rows), "");
	}

	/** @param notDrawn the teams whose figures are hidden: neither drawn nor named */
	static String outlierText(FunnelPlot plot, Set<String> notDrawn) {
		List<String> parts = new ArrayList<>();
		for (Position position : List.of(Position.ABOVE_998, Position.BELOW_998, Position.ABOVE_95, Position.BELOW_95)) {
			List<String> named = plot.units()
				.stream()
				.filter(u -> u.position() == position && !notDrawn.contains(u.tally().label()))
				.map(u -> u.tally().label())
				.toList();
			if (!named.isEmpty()) {
				parts.add(sentence(position) + String.join(", ", named) + ".");
			}
		}
		if (parts.isEmpty()) {
			boolean any = plot.units().stream().anyMatch(u -> u.position() != Position.NO_DATA);
			parts.add(!any ? "No team has applicable cases." : notDrawn.isEmpty() ? "All teams are within the 95% limits."
					: "The teams drawn are all within the 95% limits.");
		}
		if (!notDrawn.isEmpty()) {
			parts.add(notDrawn.size() + (notDrawn.size() == 1 ? " team is" : " teams are")
					+ " not drawn: their figures are suppressed.");
		}
		return String.join(" ", parts);
	}

	static String comparisonText(Optional<TeamComparison> comparison) {
		if (comparison.isEmpty()) {
			return "Too few teams or cases to test whether teams differ.";
		}
		TeamComparison t = comparison.get();
		String figures = String.format(Locale.UK, "chi-square %.1f, %d df, %s", t.statistic(),
				t.degreesOfFreedom(), Figures.pValue(t.pValue()));
		String text = t.significant(ALPHA) ? "Teams differ by more than chance would explain (" + figures + ")."
				: "No evidence that teams differ (" + figures + ").";
		return t.smallExpectedCounts()
				? text + " Caution: some expected counts are below 5, so this test is only approximate." : text;
	}

	/** For the table's Position column. */
	static String position(Position position) {
		return switch (position) {
			case WITHIN -> "within";
			case ABOVE_95 -> "above 95%";
			case BELOW_95 -> "below 95%";
			case ABOVE_998 -> "above 99.8%";
			case BELOW_998 -> "below 99.8%";
			case NO_DATA -> Figures.NONE;
		};
	}

	private static String sentence(Position position) {
		return switch (position) {
			case ABOVE_998 -> "Above the upper 99.8% limit: ";
			case BELOW_998 -> "Below the lower 99.8% limit: ";
			case ABOVE_95 -> "Above the upper 95% limit only: ";
			case BELOW_95 -> "Below the lower 95% limit only: ";
			default -> throw new IllegalArgumentException(position.name());
		};
	}
}
