package org.safeguarding.audit.report;

import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.safeguarding.audit.report.ChartCanvas.Align;
import org.safeguarding.audit.stats.FunnelPlot;

/**
 * A funnel plot: each team's compliance against its applicable cases, with the overall
 * proportion (solid grey) and its 95% (dashed) and 99.8% (dotted) limits; teams outside the
 * 95% limits are flagged with a square and named. Teams whose figures are hidden are not drawn.
 */
final class FunnelChart extends Java2DChart {

	private static final long serialVersionUID = 1L;

	private static final double LEFT = 34;

	private static final double RIGHT = 12;

	private static final double TOP = 18;

	private static final double BOTTOM = 26;

	private static final int CURVE_STEPS = 160;

	/** A team drawn on the plot. */
	record Point(String team, long n, double proportion, boolean outside) {
	}

	private final FunnelPlot plot;

	private final List<Point> points;

	private final boolean suppressed;

	private final long step;

	private final long maxN;

	private final double minP;

	/** @param suppressed the overall proportion is hidden: draw no centre, limits or points */
	FunnelChart(int width, int height, FunnelPlot plot, List<Point> points, boolean suppressed) {
		super(width, height);
		this.plot = plot;
		this.points = List.copyOf(points);
		this.suppressed = suppressed;
		this.step = tickStep(points.stream().mapToLong(Point::n).max().orElse(10));
		this.maxN = step * (long) Math.ceil(Math.max(10, points.stream().mapToLong(Point::n).max().orElse(10) * 1.05) / step);
		this.minP = suppressed ? 0 : lowestShown(plot, points);
	}

	FunnelPlot plot() {
		return this.plot;
	}

	/** The teams drawn. */
	List<Point> points() {
		return this.points;
	}

	/** Whether the overall proportion is hidden, so nothing is drawn. */
	boolean suppressed() {
		return this.suppressed;
	}

	/** The bottom of the y axis: a multiple of 10% below every point and the 99.8% limit at the smallest n drawn. */
	private static double lowestShown(FunnelPlot plot, List<Point> points) {
		if (points.isEmpty() || Double.isNaN(plot.centre())) {
			return 0;
		}
		long smallestN = points.stream().mapToLong(Point::n).min().orElse(1);
		double low = Math.min(plot.lower(smallestN, FunnelPlot.Z_998),
				points.stream().mapToDouble(Point::proportion).min().orElse(0));
		return Math.max(0, Math.floor(low * 10 - 0.5) / 10);
	}

	@Override
	void paint(ChartCanvas c) {
		double x0 = LEFT;
		double x1 = width() - RIGHT;
		double bottom = height() - BOTTOM;
		int gridStep = minP >= 0.5 ? 5 : 10;
		for (int pct = (int) Math.round(minP * 100); pct <= 100; pct += gridStep) {
			c.line(x0, y(pct / 100.0), x1, y(pct / 100.0), ChartCanvas.THIN, ChartCanvas.LIGHT);
			c.text(pct + "%", x0 - 3, y(pct / 100.0) + 2.5, Align.RIGHT, 6.5f, false, ChartCanvas.GREY);
		}
		for (long n = 0; n <= maxN && !suppressed; n += step) {
			c.text(Long.toString(n), x(n), bottom + 9, Align.CENTRE, 6.5f, false, ChartCanvas.GREY);
		}
		c.text("Applicable cases in the team", (x0 + x1) / 2, bottom + 20, Align.CENTRE, 7, false, ChartCanvas.INK);
		c.line(x0, bottom, x1, bottom, ChartCanvas.THIN, ChartCanvas.GREY);
		legend(c);
		if (suppressed) {
			c.text("Not shown: small numbers (c)", (x0 + x1) / 2, (TOP + bottom) / 2, Align.CENTRE, 9, false, ChartCanvas.GREY);
			return;
		}
		if (Double.isNaN(plot.centre())) {
			return;
		}
		c.clipped(new Rectangle2D.Double(x0, TOP - 2, x1 - x0, bottom - TOP + 2), () -> {
			c.line(x0, y(plot.centre()), x1, y(plot.centre()), ChartCanvas.SOLID, ChartCanvas.GREY);
			curve(c, FunnelPlot.Z_95, ChartCanvas.DASHED);
			curve(c, FunnelPlot.Z_998, ChartCanvas.DOTTED);
		});
		for (Point p : points) {
			double x = x(p.n());
			double y = y(p.proportion());
			if (p.outside()) {
				c.flag(x, y, 3.6);
				boolean left = x > x1 - 80;
				c.text(p.team(), left ? x - 6 : x + 6, y + 2.5, left ? Align.RIGHT : Align.LEFT, 7, true, ChartCanvas.INK);
			}
			else {
				c.dot(x, y, 2.4);
			}
		}
	}

	private void curve(ChartCanvas c, double z, Stroke stroke) {
		double[] xs = new double[CURVE_STEPS + 1];
		double[] upper = new double[CURVE_STEPS + 1];
		double[] lower = new double[CURVE_STEPS + 1];
		for (int i = 0; i <= CURVE_STEPS; i++) {
			// Denser where the funnel is steep (small n).
			double n = 1 + (maxN - 1) * Math.pow((double) i / CURVE_STEPS, 2);
			xs[i] = x(n);
			double sigma = Math.sqrt(plot.centre() * (1 - plot.centre()) / n);
			upper[i] = y(Math.min(1, plot.centre() + z * sigma));
			lower[i] = y(Math.max(0, plot.centre() - z * sigma));
		}
		c.polyline(xs, upper, stroke, ChartCanvas.INK);
		c.polyline(xs, lower, stroke, ChartCanvas.INK);
	}

	private void legend(ChartCanvas c) {
		double x = LEFT;
		double y = 8;
		c.line(x, y - 2.5, x + 16, y - 2.5, ChartCanvas.SOLID, ChartCanvas.GREY);
		c.text("overall " + Figures.pct(plot.centre(), suppressed), x + 19, y, Align.LEFT, 6.5f, false, ChartCanvas.INK);
		x += 100;
		c.line(x, y - 2.5, x + 16, y - 2.5, ChartCanvas.DASHED, ChartCanvas.INK);
		c.text("95% limits", x + 19, y, Align.LEFT, 6.5f, false, ChartCanvas.INK);
		x += 78;
		c.line(x, y - 2.5, x + 16, y - 2.5, ChartCanvas.DOTTED, ChartCanvas.INK);
		c.text("99.8% limits", x + 19, y, Align.LEFT, 6.5f, false, ChartCanvas.INK);
		x += 84;
		c.dot(x + 4, y - 2.5, 2.4);
		c.text("team", x + 10, y, Align.LEFT, 6.5f, false, ChartCanvas.INK);
		x += 40;
		c.flag(x + 4, y - 2.5, 3.4);
		c.text("team outside the 95% limits", x + 11, y, Align.LEFT, 6.5f, false, ChartCanvas.INK);
	}

	private double x(double n) {
		return LEFT + (width() - LEFT - RIGHT) * n / maxN;
	}

	private double y(double proportion) {
		double bottom = height() - BOTTOM;
		return bottom - (bottom - TOP) * (proportion - minP) / (1 - minP);
	}

	/** A round step for about five ticks up to n: 1, 2 or 5 times a power of ten. */
	static long tickStep(long n) {
		double raw = Math.max(10, n * 1.05) / 5;
		long magnitude = 1;
		while (magnitude * 10 <= raw) {
			magnitude *= 10;
		}
		for (long factor : new long[] { 1, 2, 5 }) {
			if (magnitude * factor >= raw) {
				return magnitude * factor;
			}
		}
		return magnitude * 10;
	}
}
