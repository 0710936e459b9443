package org.safeguarding.audit.board;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.Rag;

/**
 * Compliance per criterion: a mark at each criterion's compliance with its 95% interval as a
 * whisker, dashed lines at the amber and green thresholds. RAG is told three ways: the mark's
 * shape (circle Green, diamond Amber, square Red), its colour, and the word written beside it.
 * A suppressed criterion shows {@code c} and no mark.
 */
public final class ComplianceSvg {

	static final int WIDTH = 800;

	static final int ROW = 24;

	private static final int TOP = 72;

	private static final int BOTTOM = 34;

	private static final double X0 = 310;

	private static final double X1 = 640;

	private ComplianceSvg() {
	}

	public static SvgChart of(BoardFigures figures) {
		List<CriterionFigures> criteria = figures.criteria();
		String title = "Compliance per criterion, " + figures.periodLabel();
		String description = ChartText.compliance(figures);
		int height = TOP + ROW * criteria.size() + BOTTOM;
		Svg svg = new Svg(WIDTH, height, "compliance", title, description);
		double bottom = TOP + ROW * criteria.size();
		for (int pct = 0; pct <= 100; pct += 20) {
			svg.line(x(pct), TOP, x(pct), bottom, Svg.GRID, 0.5, null)
				.text(x(pct), bottom + 16, pct + "%", "middle", 11, Svg.GREY, false);
		}
		// Labelled at two heights: the thresholds may be close together.
		threshold(svg, figures.notes().amberPct(), "Amber from " + trim(figures.notes().amberPct()) + "%", TOP - 10, bottom);
		threshold(svg, figures.notes().greenPct(), "Green from " + trim(figures.notes().greenPct()) + "%", TOP - 26, bottom);
		legend(svg);
		for (int i = 0; i < criteria.size(); i++) {
			row(svg, criteria.get(i), TOP + i * ROW + ROW / 2.0);
		}
		svg.line(X0, bottom, X1, bottom, Svg.GREY, 1, null);
		return new SvgChart(svg.end(), title, description, table(figures));
	}

	private static void row(Svg svg, CriterionFigures c, double mid) {
		svg.text(X0 - 10, mid + 4, c.number() + ". " + c.title(), "end", 12, Svg.INK, false);
		if (c.compliancePct() == null || c.rating() == null) {
			String note = c.suppressed() ? "c (small numbers)" : "– (none applicable)";
			svg.text(X1 + 12, mid + 4, note, "start", 12, Svg.INK, false);
			return;
		}
		if (c.ciLowPct() != null && c.ciHighPct() != null) {
			double lo = x(c.ciLowPct().doubleValue());
			double hi = x(c.ciHighPct().doubleValue());
			svg.line(lo, mid, hi, mid, Svg.INK, 1.5, null)
				.line(lo, mid - 5, lo, mid + 5, Svg.INK, 1.5, null)
				.line(hi, mid - 5, hi, mid + 5, Svg.INK, 1.5, null);
		}
		mark(svg, c.rating(), x(c.compliancePct().doubleValue()), mid, 6);
		svg.text(X1 + 12, mid + 4, c.compliance() + " " + c.rating().word(), "start", 12, Svg.INK, false);
	}

	/** The RAG mark: its shape alone tells the rating, its colour repeats it. */
	static void mark(Svg svg, Rag rag, double x, double y, double size) {
		switch (rag) {
			case GREEN -> svg.circle(x, y, size, Svg.GREEN, Svg.INK);
			case AMBER -> svg.diamond(x, y, size * 1.25, Svg.AMBER, Svg.INK);
			case RED -> svg.square(x, y, size * 0.9, Svg.RED, Svg.INK, 1.5);
		}
	}

	private static void legend(Svg svg) {
		double x = X0;
		for (Rag rag : Rag.values()) {
			mark(svg, rag, x + 6, 16, 5);
			svg.text(x + 16, 20, rag.word(), "start", 12, Svg.INK, false);
			x += 78;
		}
		svg.line(x, 16, x + 24, 16, Svg.INK, 1.5, null).line(x, 11, x, 21, Svg.INK, 1.5, null)
			.line(x + 24, 11, x + 24, 21, Svg.INK, 1.5, null)
			.text(x + 32, 20, "95% interval", "start", 12, Svg.INK, false);
	}

	private static void threshold(Svg svg, double pct, String label, double labelY, double bottom) {
		svg.line(x(pct), labelY + 4, x(pct), bottom, Svg.GREY, 1.5, Svg.DASHED)
			.text(x(pct), labelY, label, "middle", 11, Svg.GREY, false);
	}

	private static SvgChart.Table table(BoardFigures figures) {
		List<List<String>> rows = new ArrayList<>();
		for (CriterionFigures c : figures.criteria()) {
			rows.add(List.of(c.number(), c.title(), c.applicable(), c.met(), c.partlyMet(), c.notMet(), c.compliance(),
					c.interval(), c.rag()));
		}
		return new SvgChart.Table("Compliance per criterion, " + figures.periodLabel() + " (c: small numbers, not shown)",
				List.of("#", "Criterion", "Applicable", "Met", "Partly met", "Not met", "Compliance", "95% interval", "RAG"),
				rows);
	}

	private static double x(double pct) {
		return X0 + (X1 - X0) * Math.max(0, Math.min(100, pct)) / 100.0;
	}

	private static String trim(double pct) {
		return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
	}
}
