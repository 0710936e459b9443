package org.safeguarding.audit.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.Rag;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.board.BoardFigures.TrendMonth;

/**
 * What each chart shows, in words: the text alternative of the web page's SVG charts and of the
 * board pack's chart images (PDF and HTML), so that all three say the same. Built only from
 * published figures, so it reveals nothing the pack hides.
 */
public final class ChartText {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

	private ChartText() {
	}

	/** E.g. "Compliance per criterion in October 2026, with 95% intervals: 2 Green, 5 Amber, 7 Red; 1 not shown …". */
	public static String compliance(BoardFigures figures) {
		Map<Rag, Integer> rated = new EnumMap<>(Rag.class);
		int hidden = 0;
		List<CriterionFigures> shown = new ArrayList<>();
		for (CriterionFigures c : figures.criteria()) {
			if (c.suppressed()) {
				hidden++;
			}
			else if (c.rating() != null) {
				rated.merge(c.rating(), 1, Integer::sum);
				shown.add(c);
			}
		}
		StringBuilder text = new StringBuilder("Compliance per criterion in ").append(figures.periodLabel())
			.append(", with 95% intervals: ");
		for (Rag rag : Rag.values()) {
			text.append(rated.getOrDefault(rag, 0)).append(' ').append(rag.word()).append(rag == Rag.RED ? "" : ", ");
		}
		if (hidden > 0) {
			text.append("; ").append(hidden).append(hidden == 1 ? " criterion" : " criteria")
				.append(" not shown because the numbers are small");
		}
		text.append('.');
		if (!shown.isEmpty()) {
			CriterionFigures lowest = shown.stream().min(Comparator.comparing(CriterionFigures::compliancePct)).orElseThrow();
			CriterionFigures highest = shown.stream().max(Comparator.comparing(CriterionFigures::compliancePct)).orElseThrow();
			text.append(" Lowest: ").append(rated(lowest)).append(". Highest: ").append(rated(highest)).append('.');
		}
		return text.toString();
	}

	/** E.g. "GP informed: 78.0% in October 2026, within its usual range (the p-chart's limits). Rising trend: …". */
	public static String trend(CriterionTrend trend, String period) {
		String label = month(period);
		TrendMonth now = trend.months().stream().filter(m -> m.period().strip().equals(period.strip())).findFirst()
			.orElse(null);
		StringBuilder text = new StringBuilder(trend.title()).append(": ");
		if (now == null || (now.compliancePct() == null && !now.suppressed())) {
			text.append("no cases in ").append(label);
		}
		else if (now.suppressed()) {
			text.append("figures for ").append(label).append(" not shown because the numbers are small");
		}
		else {
			text.append(pct(now.compliancePct())).append(" in ").append(label).append(", ").append(switch (now.signal()) {
				case ABOVE -> "above its usual range (special-cause variation)";
				case BELOW -> "below its usual range (special-cause variation)";
				default -> "within its usual range (the p-chart's limits)";
			});
		}
		text.append(". ").append(trend.trend());
		if (!trend.variation().isBlank()) {
			text.append(' ').append(trend.variation());
		}
		return text.toString();
	}

	/** E.g. "Father identified by team, October 2026: overall 56.0%. Above the upper 99.8% limit: North. …". */
	public static String funnel(TeamFigures teams, String period) {
		StringBuilder text = new StringBuilder(teams.title()).append(" by team, ").append(month(period)).append(": ");
		if (!teams.funnelShown()) {
			return text.append("funnel plot not shown because the numbers are small.").toString();
		}
		return text.append("overall ").append(pct(teams.centrePct())).append(", ").append(teams.points().size())
			.append(teams.points().size() == 1 ? " team" : " teams").append(" drawn. ").append(teams.outliers()).append(' ')
			.append(teams.comparison())
			.toString();
	}

	/** 2026-10 as October 2026. */
	public static String month(String period) {
		return YearMonth.parse(period.strip()).format(MONTH);
	}

	/** A percentage to one decimal place, half away from zero, e.g. 78.0%. */
	static String pct(double pct) {
		return pct(BigDecimal.valueOf(pct));
	}

	static String pct(BigDecimal pct) {
		return pct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static String rated(CriterionFigures c) {
		return c.title() + " " + pct(c.compliancePct()) + " (" + c.rating().word() + ")";
	}
}
