package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.stats.PChart;
import org.safeguarding.audit.stats.PChart.Signal;
import org.safeguarding.audit.stats.Suppression;
import org.safeguarding.audit.stats.Tally;
import org.safeguarding.audit.stats.TrendTest;

/**
 * The trend over the last 12 audited periods per criterion: a p-chart, a least-squares trend
 * named only when significant (p < 0.05), and months outside the 3-sigma limits named as
 * special-cause variation.
 */
final class TrendSection {

	static final double ALPHA = 0.05;

	static final int CHART_WIDTH = 330;

	static final int CHART_HEIGHT = 78;

	static final String SMALL_NUMBERS = "Not shown: the numbers are small in every month.";

	/** @param alt the chart's text alternative (ChartText's words, set once the figures are known) */
	record TrendRow(String criterion, String title, TrendChart chart, String trend, String variation, String alt) {

		TrendRow withAlt(String text) {
			return new TrendRow(this.criterion, this.title, this.chart, this.trend, this.variation, text);
		}
	}

	private TrendSection() {
	}

	static List<TrendRow> of(List<CriterionCounts> criteria, List<PeriodCounts> history, Suppression suppression) {
		List<TrendRow> rows = new ArrayList<>();
		for (CriterionCounts criterion : criteria) {
			List<PeriodCounts> months = history.stream().filter(p -> p.criterion().equals(criterion.criterion())).toList();
			rows.add(row(criterion, months, suppression));
		}
		return rows;
	}

	private static TrendRow row(CriterionCounts criterion, List<PeriodCounts> months, Suppression suppression) {
		PChart chart = PChart.of(months.stream().map(m -> m.tally(m.period())).toList());
		List<PChart.Point> points = chart.points();
		List<TrendChart.Month> drawn = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			PeriodCounts m = months.get(i);
			PChart.Point point = points.get(i);
			boolean[] hidden = suppression.row(m.cells());
			boolean complianceHidden = hidden[0] || hidden[3];
			boolean hasLimits = point.signal() != Signal.NO_DATA && !hidden[3];
			drawn.add(new TrendChart.Month(m.period(), Figures.monthNumber(m.period()),
					complianceHidden || m.applicable() == 0 ? null : 100.0 * point.proportion(),
					hasLimits ? 100 * point.lower() : null, hasLimits ? 100 * point.upper() : null,
					point.signal() == Signal.ABOVE || point.signal() == Signal.BELOW, complianceHidden));
		}
		List<PChart.Point> withCases = points.stream().filter(p -> p.signal() != Signal.NO_DATA).toList();
		boolean allHidden = !withCases.isEmpty() && drawn.stream().filter(m -> m.compliance() == null).count() == months.size()
				&& drawn.stream().anyMatch(TrendChart.Month::hidden);
		if (allHidden) {
			// The centre line, and any sentence about the months, would give the hidden figures away.
			List<TrendChart.Month> blank = drawn.stream()
				.map(m -> new TrendChart.Month(m.period(), m.number(), null, null, null, false, m.hidden()))
				.toList();
			return new TrendRow(criterion.criterion(), criterion.title(), new TrendChart(CHART_WIDTH, CHART_HEIGHT, blank, null, null),
					SMALL_NUMBERS, "", "");
		}
		Optional<TrendTest> trend = TrendTest.of(
				withCases.stream().mapToDouble(p -> Figures.monthNumber(p.tally().label())).toArray(),
				withCases.stream().mapToDouble(PChart.Point::proportion).toArray());
		TrendChart.Line line = trend.filter(t -> t.significant(ALPHA))
			.map(t -> new TrendChart.Line(100 * t.intercept(), 100 * t.slopePerMonth()))
			.orElse(null);
		Double centre = Double.isNaN(chart.centre()) ? null : 100 * chart.centre();
		return new TrendRow(criterion.criterion(), criterion.title(),
				new TrendChart(CHART_WIDTH, CHART_HEIGHT, drawn, centre, line),
				trendText(trend, withCases.size(), drawn.stream().anyMatch(TrendChart.Month::hidden)),
				variationText(chart, drawn.stream().filter(TrendChart.Month::hidden).map(TrendChart.Month::period).toList()),
				"");
	}

	/** @param someHidden a month's figures are suppressed, so "the same every month" would give them away */
	static String trendText(Optional<TrendTest> trend, int months, boolean someHidden) {
		if (trend.isEmpty()) {
			return "Too few audited months with cases for a trend (" + months + ").";
		}
		TrendTest t = trend.get();
		if (t.slopePerMonth() == 0 && t.pValue() == 1.0 && !someHidden) {
			return "No trend: the same compliance every month for " + months + " months.";
		}
		if (!t.significant(ALPHA)) {
			return "No significant trend over " + months + " months (" + Figures.pValue(t.pValue()) + ").";
		}
		return (t.slopePerMonth() > 0 ? "Rising" : "Falling") + " trend: about " + Figures.points(t.slopePerMonth())
				+ " percentage points a month over " + months + " months (" + Figures.pValue(t.pValue()) + ").";
	}

	/** @param hidden the months whose figures are suppressed: where they fall is not told either */
	static String variationText(PChart chart, List<String> hidden) {
		List<PChart.Point> special = chart.specialCauses().stream().filter(p -> !hidden.contains(p.tally().label())).toList();
		if (chart.points().stream().allMatch(p -> p.signal() == Signal.NO_DATA)) {
			return "No cases in any audited month.";
		}
		if (special.isEmpty()) {
			return hidden.isEmpty() ? "All months within the control limits."
					: "All months shown are within the control limits.";
		}
		List<String> named = special.stream()
			.map(p -> Figures.month(p.tally().label()) + (p.signal() == Signal.ABOVE ? " (above)" : " (below)"))
			.toList();
		return "Special-cause variation: " + String.join(", ", named) + ".";
	}
}
