package org.safeguarding.audit.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.board.BoardFigures.Changes;
import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.DataQuality;
import org.safeguarding.audit.board.BoardFigures.FunnelPoint;
import org.safeguarding.audit.board.BoardFigures.Notes;
import org.safeguarding.audit.board.BoardFigures.Position;
import org.safeguarding.audit.board.BoardFigures.Rag;
import org.safeguarding.audit.board.BoardFigures.Signal;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.board.BoardFigures.TeamRow;
import org.safeguarding.audit.board.BoardFigures.TrendMonth;

/** Small, readable board figures for the chart tests, written by hand as a pack would print them. */
final class Figures {

	private Figures() {
	}

	static CriterionFigures rated(int number, String title, String pct, String low, String high, Rag rag) {
		return new CriterionFigures(Integer.toString(number), "C" + number, title, null, null, "100", pct.substring(0, 2), "5", "5",
				pct + "%", low + "–" + high + "%", rag.word(), new BigDecimal(pct), new BigDecimal(low), new BigDecimal(high),
				rag, false);
	}

	static CriterionFigures suppressed(int number, String title) {
		return new CriterionFigures(Integer.toString(number), "C" + number, title, null, null, "c", "c", "c", "0", "c", "c", "c",
				null, null, null, null, true);
	}

	static BoardFigures pack(List<CriterionFigures> criteria) {
		return new BoardFigures(BoardFigures.FORMAT_VERSION, "Midshire", "2026-10", "October 2026", "babies-under-one", "1",
				"Babies under one", "250", List.of(), "", new Changes("What changed since September 2026", List.of()),
				criteria, List.of(), List.of(), new DataQuality(List.of(), List.of(), ""),
				new Notes("", "", 90, 70, "Headline criteria: C1."));
	}

	/**
	 * GP informed from November 2025 to October 2026: 70% every month but August (41.0%, below
	 * its limits, 60.0–80.0%) and March (suppressed); October 78.0%.
	 */
	static CriterionTrend gpInformed() {
		List<TrendMonth> months = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			String period = java.time.YearMonth.of(2025, 11).plusMonths(m).toString();
			if (period.equals("2026-03")) {
				months.add(new TrendMonth(period, null, null, null, Signal.NO_DATA, true));
			}
			else {
				double pct = period.equals("2026-08") ? 41.0 : period.equals("2026-10") ? 78.0 : 70.0;
				months.add(new TrendMonth(period, pct, 60.0, 80.0, pct < 60 ? Signal.BELOW : Signal.WITHIN, false));
			}
		}
		return new CriterionTrend("GP_INFORMED", "GP informed", "No significant trend over 11 months (p = 0.412).",
				"Special-cause variation: August 2026 (below).", 69.0, null, months);
	}

	/** Teams around an overall 80.0%: one team named like markup, one with quotes and an ampersand, both far below. */
	static TeamFigures teams(String first, String second) {
		List<TeamRow> rows = List.of(new TeamRow("North", "200", "170", "20", "10", "85.0%", "within"),
				new TeamRow(first, "100", "50", "25", "25", "50.0%", "below 99.8%"),
				new TeamRow(second, "100", "60", "20", "20", "60.0%", "below 99.8%"),
				new TeamRow("All teams", "400", "280", "65", "55", "70.0%", ""));
		List<FunnelPoint> points = List.of(new FunnelPoint("North", 200, 85.0, Position.WITHIN),
				new FunnelPoint(first, 100, 50.0, Position.BELOW_998), new FunnelPoint(second, 100, 60.0, Position.BELOW_998));
		return new TeamFigures("FATHER_IDENTIFIED", "Father identified", "Below the lower 99.8% limit: " + first + ", "
				+ second + ".", "Teams differ by more than chance would explain (chi-square 30.2, 2 df, p < 0.001).", 70.0,
				rows, points);
	}
}
