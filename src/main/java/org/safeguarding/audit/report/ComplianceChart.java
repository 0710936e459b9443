package org.safeguarding.audit.report;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.safeguarding.audit.report.ChartCanvas.Align;

/**
 * Compliance per criterion as a dot with its 95% interval as an error bar, against dashed
 * lines at the amber and green thresholds, with the value and RAG letter written at the right.
 */
final class ComplianceChart extends Java2DChart {

	private static final long serialVersionUID = 1L;

	static final int ROW = 15;

	private static final int TOP = 24;

	private static final int BOTTOM = 20;

	private static final double LABELS = 188;

	private static final double NOTES = 64;

	/**
	 * One criterion; percentages are null when hidden or when nothing applies, and then
	 * {@code note} says why.
	 */
	record Entry(String label, Double compliance, Double low, Double high, String note) {
	}

	private final List<Entry> entries;

	private final double amber;

	private final double green;

	ComplianceChart(int width, List<Entry> entries, double amberPct, double greenPct) {
		super(width, TOP + ROW * entries.size() + BOTTOM);
		this.entries = List.copyOf(entries);
		this.amber = amberPct;
		this.green = greenPct;
	}

	List<Entry> entries() {
		return this.entries;
	}

	@Override
	void paint(ChartCanvas c) {
		double x0 = LABELS;
		double x1 = width() - NOTES;
		double bottom = TOP + ROW * entries.size();
		for (int i = 0; i < entries.size(); i += 2) {
			c.fill(new Rectangle2D.Double(0, TOP + i * ROW, width(), ROW), ChartCanvas.BAND);
		}
		for (int pct = 0; pct <= 100; pct += 20) {
			double x = x(pct, x0, x1);
			c.line(x, TOP, x, bottom, ChartCanvas.THIN, ChartCanvas.LIGHT);
			c.text(pct + "%", x, bottom + 11, Align.CENTRE, 7, false, ChartCanvas.GREY);
		}
		threshold(c, amber, "amber " + trim(amber) + "%", x0, x1, bottom);
		threshold(c, green, "green " + trim(green) + "%", x0, x1, bottom);
		c.text("Compliance (●) with 95% interval", x0, 8, Align.LEFT, 7, true, ChartCanvas.INK);
		c.text("c: small numbers, suppressed", width() - 4, 8, Align.RIGHT, 6.5f, false, ChartCanvas.GREY);
		c.text("RAG", width() - 4, TOP - 4, Align.RIGHT, 7, true, ChartCanvas.INK);
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			double mid = TOP + i * ROW + ROW / 2.0;
			c.text(e.label(), x0 - 6, mid + 3, Align.RIGHT, 7.5f, false, ChartCanvas.INK);
			c.text(e.note(), width() - 4, mid + 3, Align.RIGHT, 7.5f, false, ChartCanvas.INK);
			if (e.compliance() == null) {
				continue;
			}
			if (e.low() != null && e.high() != null) {
				double lo = x(e.low(), x0, x1);
				double hi = x(e.high(), x0, x1);
				c.line(lo, mid, hi, mid, ChartCanvas.SOLID, ChartCanvas.INK);
				c.line(lo, mid - 3, lo, mid + 3, ChartCanvas.SOLID, ChartCanvas.INK);
				c.line(hi, mid - 3, hi, mid + 3, ChartCanvas.SOLID, ChartCanvas.INK);
			}
			c.dot(x(e.compliance(), x0, x1), mid, 2.8);
		}
		c.line(x0, bottom, x1, bottom, ChartCanvas.THIN, ChartCanvas.GREY);
	}

	private static void threshold(ChartCanvas c, double pct, String label, double x0, double x1, double bottom) {
		double x = x(pct, x0, x1);
		c.line(x, TOP - 6, x, bottom, ChartCanvas.DASHED, ChartCanvas.INK);
		c.text(label, x, TOP - 8, Align.CENTRE, 6.5f, false, ChartCanvas.INK);
	}

	private static double x(double pct, double x0, double x1) {
		return x0 + (x1 - x0) * Math.max(0, Math.min(100, pct)) / 100.0;
	}

	private static String trim(double pct) {
		return pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct);
	}
}
