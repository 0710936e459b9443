package org.safeguarding.audit.board;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.board.BoardFigures.FunnelPoint;
import org.safeguarding.audit.board.BoardFigures.Position;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.board.BoardFigures.TeamRow;

/**
 * A headline criterion's funnel plot: each team's compliance against its applicable cases, the
 * overall compliance (solid), its 95% (dashed) and 99.8% (dotted) limits. A team outside the 95%
 * limits is a hollow square named with where it falls ("North, above 99.8%"), so an outlier is
 * told by shape and words; teams whose figures are suppressed are not drawn.
 */
public final class FunnelSvg {

	static final int WIDTH = 640;

	static final int HEIGHT = 320;

	static final double Z_95 = 1.959964;

	static final double Z_998 = 3.090232;

	private static final double X0 = 60;

	private static final double X1 = 620;

	private static final double TOP = 36;

	private static final double BOTTOM = 270;

	private static final int STEPS = 120;

	private FunnelSvg() {
	}

	/** @param period the run's period (YYYY-MM) */
	public static SvgChart of(TeamFigures teams, String period) {
		String title = teams.title() + " by team, " + ChartText.month(period);
		String description = ChartText.funnel(teams, period);
		Svg svg = new Svg(WIDTH, HEIGHT, "funnel-" + teams.code(), title, description);
		long largest = teams.points().stream().mapToLong(FunnelPoint::applicable).max().orElse(10);
		long step = step(largest);
		long maxN = step * (long) Math.ceil(Math.max(10, largest * 1.05) / step);
		Axis axis = new Axis(bottomPct(teams));
		for (int pct = (int) axis.min(); pct <= 100; pct += 10) {
			svg.line(X0, axis.y(pct), X1, axis.y(pct), Svg.GRID, 0.5, null)
				.text(X0 - 8, axis.y(pct) + 4, pct + "%", "end", 11, Svg.GREY, false);
		}
		for (long n = 0; n <= maxN; n += step) {
			svg.text(x(n, maxN), BOTTOM + 16, Long.toString(n), "middle", 11, Svg.GREY, false);
		}
		svg.text((X0 + X1) / 2, BOTTOM + 38, "Applicable cases in the team", "middle", 12, Svg.INK, false)
			.line(X0, BOTTOM, X1, BOTTOM, Svg.GREY, 1, null);
		legend(svg);
		if (!teams.funnelShown()) {
			svg.text((X0 + X1) / 2, (TOP + BOTTOM) / 2, "Not shown: small numbers (c)", "middle", 14, Svg.INK, false);
			return new SvgChart(svg.end(), title, description, table(teams, title));
		}
		double centre = teams.centrePct() / 100;
		svg.line(X0, axis.y(100 * centre), X1, axis.y(100 * centre), Svg.GREY, 1.5, null);
		limits(svg, axis, centre, Z_95, Svg.DASHED, maxN);
		limits(svg, axis, centre, Z_998, Svg.DOTTED, maxN);
		for (FunnelPoint p : teams.points()) {
			double px = x(p.applicable(), maxN);
			double py = axis.y(p.compliancePct());
			if (p.position() == Position.WITHIN || p.position() == Position.NO_DATA) {
				svg.circle(px, py, 4.5, Svg.INK, null);
			}
			else {
				boolean left = px > X1 - 150;
				svg.square(px, py, 6, Svg.WHITE, Svg.INK, 2).circle(px, py, 1.5, Svg.INK, null)
					.text(left ? px - 12 : px + 12, py + 4, p.team() + ", " + words(p.position()), left ? "end" : "start", 12,
							Svg.INK, true);
			}
		}
		return new SvgChart(svg.end(), title, description, table(teams, title));
	}

	private static void limits(Svg svg, Axis axis, double centre, double z, String dash, long maxN) {
		double[] xs = new double[STEPS + 1];
		double[] upper = new double[STEPS + 1];
		double[] lower = new double[STEPS + 1];
		for (int i = 0; i <= STEPS; i++) {
			// Denser where the funnel is steep (small n).
			double n = 1 + (maxN - 1) * Math.pow((double) i / STEPS, 2);
			double sigma = Math.sqrt(centre * (1 - centre) / n);
			xs[i] = x(n, maxN);
			upper[i] = axis.y(100 * Math.min(1, centre + z * sigma));
			lower[i] = axis.y(100 * Math.max(0, centre - z * sigma));
		}
		svg.polyline(xs, upper, Svg.INK, 1.2, dash).polyline(xs, lower, Svg.INK, 1.2, dash);
	}

	private static void legend(Svg svg) {
		svg.line(X0, 16, X0 + 24, 16, Svg.GREY, 1.5, null).text(X0 + 30, 20, "overall", "start", 12, Svg.INK, false)
			.line(X0 + 100, 16, X0 + 124, 16, Svg.INK, 1.2, Svg.DASHED).text(X0 + 130, 20, "95% limits", "start", 12, Svg.INK, false)
			.line(X0 + 225, 16, X0 + 249, 16, Svg.INK, 1.2, Svg.DOTTED)
			.text(X0 + 255, 20, "99.8% limits", "start", 12, Svg.INK, false)
			.circle(X0 + 350, 16, 4.5, Svg.INK, null).text(X0 + 360, 20, "team", "start", 12, Svg.INK, false)
			.square(X0 + 405, 16, 6, Svg.WHITE, Svg.INK, 2)
			.text(X0 + 417, 20, "outside 95% limits", "start", 12, Svg.INK, false);
	}

	static String words(Position position) {
		return switch (position) {
			case ABOVE_998 -> "above 99.8%";
			case BELOW_998 -> "below 99.8%";
			case ABOVE_95 -> "above 95%";
			case BELOW_95 -> "below 95%";
			case WITHIN -> "within";
			case NO_DATA -> "no cases";
		};
	}

	private static SvgChart.Table table(TeamFigures teams, String title) {
		List<List<String>> rows = new ArrayList<>();
		for (TeamRow r : teams.rows()) {
			rows.add(List.of(r.team(), r.applicable(), r.met(), r.partlyMet(), r.notMet(), r.compliance(), r.position()));
		}
		return new SvgChart.Table(title + " (c: small numbers, not shown)",
				List.of("Team", "Applicable", "Met", "Partly met", "Not met", "Compliance", "Funnel position"), rows);
	}

	/** A round step for about five ticks on the cases axis: 1, 2 or 5 times a power of ten. */
	static long step(long largest) {
		double raw = Math.max(10, largest * 1.05) / 5;
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

	/** The bottom of the compliance axis: a multiple of 10% below every team drawn and the 99.8% limit at the smallest. */
	static double bottomPct(TeamFigures teams) {
		if (!teams.funnelShown() || teams.points().isEmpty()) {
			return 0;
		}
		double centre = teams.centrePct() / 100;
		long smallest = teams.points().stream().mapToLong(FunnelPoint::applicable).min().orElse(1);
		double low = Math.min(100 * (centre - Z_998 * Math.sqrt(centre * (1 - centre) / smallest)),
				teams.points().stream().mapToDouble(FunnelPoint::compliancePct).min().orElse(0));
		return Math.min(90, Math.max(0, 10 * Math.floor(low / 10)));
	}

	private static double x(double n, long maxN) {
		return X0 + (X1 - X0) * n / maxN;
	}

	/** The compliance axis from {@code min} percent to 100%. */
	private record Axis(double min) {

		double y(double pct) {
			return BOTTOM - (BOTTOM - TOP) * (Math.max(this.min, Math.min(100, pct)) - this.min) / (100 - this.min);
		}
	}
}
