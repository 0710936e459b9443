package org.safeguarding.audit.board;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.TrendLine;
import org.safeguarding.audit.board.BoardFigures.TrendMonth;

/**
 * A criterion's last 12 audited periods as a p-chart: each month's compliance (a dot), the
 * centre line, each month's 3-sigma limits (dashed steps) and a significant trend (dotted). A
 * month outside its limits is a hollow square labelled "above" or "below", so special causes
 * are told by shape and word, not colour; a suppressed month shows {@code c}.
 */
public final class TrendSvg {

	static final int WIDTH = 640;

	static final int HEIGHT = 262;

	private static final double X0 = 56;

	private static final double X1 = 624;

	private static final double TOP = 36;

	private static final double BOTTOM = 212;

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

	private TrendSvg() {
	}

	/** @param period the run's period (YYYY-MM), the month the text alternative speaks of */
	public static SvgChart of(CriterionTrend trend, String period) {
		String title = trend.title() + ": compliance over the last " + trend.months().size() + " audited periods";
		String description = ChartText.trend(trend, period);
		Svg svg = new Svg(WIDTH, HEIGHT, "trend-" + trend.code(), title, description);
		for (int pct = 0; pct <= 100; pct += 25) {
			svg.line(X0, y(pct), X1, y(pct), Svg.GRID, 0.5, null).text(X0 - 8, y(pct) + 4, pct + "%", "end", 11, Svg.GREY, false);
		}
		legend(svg);
		List<TrendMonth> months = trend.months();
		if (!months.isEmpty()) {
			draw(svg, trend, months);
		}
		svg.line(X0, BOTTOM, X1, BOTTOM, Svg.GREY, 1, null);
		return new SvgChart(svg.end(), title, description, table(trend));
	}

	private static void draw(Svg svg, CriterionTrend trend, List<TrendMonth> months) {
		int first = number(months.get(0).period());
		int span = number(months.get(months.size() - 1).period()) - first + 1;
		double slot = (X1 - X0) / span;
		if (trend.centrePct() != null) {
			svg.line(X0, y(trend.centrePct()), X1, y(trend.centrePct()), Svg.GREY, 1.5, null);
		}
		TrendLine line = trend.line();
		if (line != null) {
			double a = first;
			double b = first + span - 1;
			svg.line(x(a, first, slot), y(line.interceptPct() + line.slopePctPerMonth() * a), x(b, first, slot),
					y(line.interceptPct() + line.slopePctPerMonth() * b), Svg.INK, 2, Svg.DOTTED);
		}
		double[] xs = new double[months.size()];
		double[] ys = new double[months.size()];
		for (int i = 0; i < months.size(); i++) {
			TrendMonth m = months.get(i);
			xs[i] = x(number(m.period()), first, slot);
			ys[i] = m.compliancePct() == null ? Double.NaN : y(m.compliancePct());
			if (m.lowerPct() != null && m.upperPct() != null) {
				svg.line(xs[i] - slot / 2, y(m.upperPct()), xs[i] + slot / 2, y(m.upperPct()), Svg.GREY, 1, Svg.DASHED)
					.line(xs[i] - slot / 2, y(m.lowerPct()), xs[i] + slot / 2, y(m.lowerPct()), Svg.GREY, 1, Svg.DASHED);
			}
			YearMonth month = YearMonth.parse(m.period());
			svg.text(xs[i], BOTTOM + 16, month.format(SHORT), "middle", 11, Svg.GREY, false);
			if (i == 0 || month.getMonthValue() == 1) {
				svg.text(xs[i], BOTTOM + 30, Integer.toString(month.getYear()), "middle", 11, Svg.GREY, false);
			}
		}
		svg.polyline(xs, ys, Svg.GREY, 1, null);
		for (int i = 0; i < months.size(); i++) {
			point(svg, months.get(i), xs[i], ys[i]);
		}
	}

	private static void point(Svg svg, TrendMonth m, double x, double y) {
		if (m.compliancePct() == null) {
			svg.text(x, BOTTOM - 6, m.suppressed() ? "c" : "–", "middle", 12, Svg.INK, false);
		}
		else if (m.signal() == BoardFigures.Signal.ABOVE || m.signal() == BoardFigures.Signal.BELOW) {
			boolean above = m.signal() == BoardFigures.Signal.ABOVE;
			svg.square(x, y, 6, Svg.WHITE, Svg.INK, 2).circle(x, y, 1.5, Svg.INK, null)
				.text(x, above ? y - 11 : y + 20, above ? "above" : "below", "middle", 11, Svg.INK, true);
		}
		else {
			svg.circle(x, y, 4, Svg.INK, null);
		}
	}

	private static void legend(Svg svg) {
		svg.circle(X0 + 4, 14, 4, Svg.INK, null).text(X0 + 12, 18, "month", "start", 12, Svg.INK, false)
			.line(X0 + 62, 14, X0 + 86, 14, Svg.GREY, 1.5, null).text(X0 + 92, 18, "centre", "start", 12, Svg.INK, false)
			.line(X0 + 146, 14, X0 + 170, 14, Svg.GREY, 1, Svg.DASHED)
			.text(X0 + 176, 18, "3-sigma limits", "start", 12, Svg.INK, false)
			.line(X0 + 276, 14, X0 + 300, 14, Svg.INK, 2, Svg.DOTTED).text(X0 + 306, 18, "trend", "start", 12, Svg.INK, false)
			.square(X0 + 356, 14, 6, Svg.WHITE, Svg.INK, 2).text(X0 + 368, 18, "special cause", "start", 12, Svg.INK, false)
			.text(X0 + 460, 18, "c: small numbers", "start", 12, Svg.INK, false);
	}

	private static SvgChart.Table table(CriterionTrend trend) {
		List<List<String>> rows = new ArrayList<>();
		for (TrendMonth m : trend.months()) {
			String missing = m.suppressed() ? "c" : "–";
			rows.add(List.of(ChartText.month(m.period()), m.compliancePct() == null ? missing : ChartText.pct(m.compliancePct()),
					m.lowerPct() == null ? missing : ChartText.pct(m.lowerPct()),
					m.upperPct() == null ? missing : ChartText.pct(m.upperPct()), against(m)));
		}
		return new SvgChart.Table(trend.title() + ": compliance by month with its p-chart limits",
				List.of("Month", "Compliance", "Lower limit", "Upper limit", "Against the limits"), rows);
	}

	private static String against(TrendMonth m) {
		if (m.suppressed()) {
			return "not shown (small numbers)";
		}
		return switch (m.signal()) {
			case ABOVE -> "above: special cause";
			case BELOW -> "below: special cause";
			case WITHIN -> "within";
			case NO_DATA -> "no cases";
		};
	}

	/** Month numbers leave gaps between audited months as gaps, as the trend line's do. */
	static int number(String period) {
		YearMonth month = YearMonth.parse(period.strip());
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}

	private static double x(double month, int first, double slot) {
		return X0 + (month - first + 0.5) * slot;
	}

	private static double y(double pct) {
		return BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(100, pct)) / 100.0;
	}
}
