package org.safeguarding.audit.report;

import java.util.List;

import org.safeguarding.audit.report.ChartCanvas.Align;

/**
 * A criterion's monthly compliance as a p-chart: the centre line (solid grey), each month's
 * 3-sigma limits (dashed steps), months outside them flagged with a square, and a significant
 * least-squares trend as a dotted line. Hidden months show {@code c} instead of a point.
 */
final class TrendChart extends Java2DChart {

	private static final long serialVersionUID = 1L;

	private static final double LEFT = 30;

	private static final double RIGHT = 6;

	private static final double TOP = 6;

	private static final double BOTTOM = 20;

	/**
	 * One audited month; percentages null when hidden or nothing applied ({@code hidden} tells
	 * which), limits null when the month's n is hidden or zero.
	 */
	record Month(String period, int number, Double compliance, Double lower, Double upper, boolean special,
			boolean hidden) {
	}

	/** A fitted line in percent: intercept + slope × month number. */
	record Line(double interceptPct, double slopePct) {
	}

	private final List<Month> months;

	private final Double centrePct;

	private final Line trend;

	TrendChart(int width, int height, List<Month> months, Double centrePct, Line trend) {
		super(width, height);
		this.months = List.copyOf(months);
		this.centrePct = centrePct;
		this.trend = trend;
	}

	List<Month> months() {
		return this.months;
	}

	/** The centre line in percent; null when not drawn. */
	Double centrePct() {
		return this.centrePct;
	}

	/** The significant trend; null when there is none. */
	Line trend() {
		return this.trend;
	}

	@Override
	void paint(ChartCanvas c) {
		double x0 = LEFT;
		double x1 = width() - RIGHT;
		double bottom = height() - BOTTOM;
		for (int pct = 0; pct <= 100; pct += 50) {
			double y = y(pct);
			c.line(x0, y, x1, y, ChartCanvas.THIN, ChartCanvas.LIGHT);
			c.text(pct + "%", x0 - 3, y + 2.5, Align.RIGHT, 6, false, ChartCanvas.GREY);
		}
		if (months.isEmpty()) {
			return;
		}
		int first = months.get(0).number();
		int span = months.get(months.size() - 1).number() - first + 1;
		double slot = (x1 - x0) / span;
		if (centrePct != null) {
			c.line(x0, y(centrePct), x1, y(centrePct), ChartCanvas.SOLID, ChartCanvas.GREY);
		}
		if (trend != null) {
			double xa = first;
			double xb = first + span - 1;
			c.line(x(xa, first, slot), y(trend.interceptPct() + trend.slopePct() * xa), x(xb, first, slot),
					y(trend.interceptPct() + trend.slopePct() * xb), ChartCanvas.DOTTED, ChartCanvas.INK);
		}
		double[] xs = new double[months.size()];
		double[] ys = new double[months.size()];
		for (int i = 0; i < months.size(); i++) {
			Month m = months.get(i);
			xs[i] = x(m.number(), first, slot);
			ys[i] = m.compliance() == null ? Double.NaN : y(m.compliance());
			if (m.lower() != null && m.upper() != null) {
				c.line(xs[i] - slot / 2, y(m.upper()), xs[i] + slot / 2, y(m.upper()), ChartCanvas.DASHED, ChartCanvas.INK);
				c.line(xs[i] - slot / 2, y(m.lower()), xs[i] + slot / 2, y(m.lower()), ChartCanvas.DASHED, ChartCanvas.INK);
			}
			label(c, m, xs[i], bottom, i == 0);
		}
		c.polyline(xs, ys, ChartCanvas.THIN, ChartCanvas.GREY);
		for (int i = 0; i < months.size(); i++) {
			Month m = months.get(i);
			if (m.compliance() == null) {
				c.text(m.hidden() ? Figures.SUPPRESSED : Figures.NONE, xs[i], bottom - 3, Align.CENTRE, 6.5f, false,
						ChartCanvas.INK);
			}
			else if (m.special()) {
				c.flag(xs[i], ys[i], 3.4);
			}
			else {
				c.dot(xs[i], ys[i], 1.9);
			}
		}
		c.line(x0, bottom, x1, bottom, ChartCanvas.THIN, ChartCanvas.GREY);
	}

	private void label(ChartCanvas c, Month m, double x, double bottom, boolean first) {
		c.text(Figures.shortMonth(m.period()), x, bottom + 8, Align.CENTRE, 5.8f, false, ChartCanvas.GREY);
		if (first || m.period().strip().endsWith("-01")) {
			c.text(m.period().strip().substring(0, 4), x, bottom + 15.5, Align.CENTRE, 5.8f, false, ChartCanvas.GREY);
		}
	}

	private static double x(double month, int first, double slot) {
		return LEFT + (month - first + 0.5) * slot;
	}

	private double y(double pct) {
		double bottom = height() - BOTTOM;
		return bottom - (bottom - TOP) * Math.max(0, Math.min(100, pct)) / 100.0;
	}
}
