package org.safeguarding.audit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.board.BoardFigures;
import org.safeguarding.audit.board.BoardFigures.Changes;
import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.DataQuality;
import org.safeguarding.audit.board.BoardFigures.FunnelPoint;
import org.safeguarding.audit.board.BoardFigures.GradeRow;
import org.safeguarding.audit.board.BoardFigures.Notes;
import org.safeguarding.audit.board.BoardFigures.Position;
import org.safeguarding.audit.board.BoardFigures.Rag;
import org.safeguarding.audit.board.BoardFigures.ReasonRow;
import org.safeguarding.audit.board.BoardFigures.Signal;
import org.safeguarding.audit.board.BoardFigures.TableRow;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.board.BoardFigures.TeamRow;
import org.safeguarding.audit.board.BoardFigures.TrendLine;
import org.safeguarding.audit.board.BoardFigures.TrendMonth;
import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.stats.FunnelPlot;

/**
 * The board pack's sections copied into {@link BoardFigures}: every text exactly as the pack
 * prints it, and the numbers its charts draw, nothing the pack does not show.
 */
final class PackFigures {

	private PackFigures() {
	}

	static BoardFigures of(BoardPack pack, ReportSettings settings, CriterionWords words) {
		Run run = pack.data().run();
		return new BoardFigures(BoardFigures.FORMAT_VERSION, settings.partnershipName(), run.period().strip(),
				Figures.month(run.period()), run.toolId(), run.toolVersion(), run.toolTitle(),
				pack.grades().casesAudited(),
				pack.grades().rows().stream().map(g -> new GradeRow(g.grade(), g.cases(), g.share())).toList(),
				pack.criteria().ragSummary(),
				new Changes(pack.changes().heading(), pack.changes().lines().stream().map(WhatChanged.Line::text).toList()),
				criteria(pack.criteria(), words), pack.trends().stream().map(PackFigures::trend).toList(),
				pack.headline().stream().map(PackFigures::teams).toList(),
				new DataQuality(
						pack.tables().stream().map(t -> new TableRow(t.table(), t.files(), t.rowsRead(), t.rowsLoaded(),
								t.rowsRejected(), t.rejectedShare())).toList(),
						pack.reasons().stream().map(r -> new ReasonRow(r.table(), r.reason(), r.rows())).toList(),
						pack.dataQualityNote()),
				new Notes(pack.suppressionNote(), pack.ragNote(), settings.rag().greenPct(), settings.rag().amberPct(),
						pack.headlineNote()));
	}

	private static List<CriterionFigures> criteria(CriteriaSection.Result section, CriterionWords words) {
		List<CriterionFigures> figures = new ArrayList<>();
		List<ComplianceChart.Entry> drawn = section.chart().entries();
		for (int i = 0; i < section.rows().size(); i++) {
			CriteriaSection.CriterionRow row = section.rows().get(i);
			ComplianceChart.Entry entry = drawn.get(i);
			boolean suppressed = Figures.SUPPRESSED.equals(row.compliance());
			figures.add(new CriterionFigures(row.number(), row.criterion(), row.title(), words.checks().get(row.criterion()),
					words.why().get(row.criterion()),
					row.applicable(), row.met(), row.partlyMet(), row.notMet(), row.compliance(), row.interval(), row.rag(),
					oneDecimal(entry.compliance()), oneDecimal(entry.low()), oneDecimal(entry.high()), rag(row.rag()),
					suppressed));
		}
		return figures;
	}

	private static CriterionTrend trend(TrendSection.TrendRow row) {
		TrendChart chart = row.chart();
		List<TrendMonth> months = new ArrayList<>();
		for (TrendChart.Month m : chart.months()) {
			Signal signal = m.compliance() == null ? Signal.NO_DATA
					: !m.special() ? Signal.WITHIN : m.upper() != null && m.compliance() > m.upper() ? Signal.ABOVE
							: Signal.BELOW;
			months.add(new TrendMonth(m.period().strip(), printed(m.compliance()), printed(m.lower()), printed(m.upper()),
					signal, m.hidden()));
		}
		TrendChart.Line line = chart.trend();
		return new CriterionTrend(row.criterion(), row.title(), row.trend(), row.variation(), printed(chart.centrePct()),
				line == null ? null : new TrendLine(line.interceptPct(), line.slopePct()), months);
	}

	private static TeamFigures teams(TeamsSection.HeadlineRow row) {
		FunnelChart chart = row.chart();
		FunnelPlot plot = chart.plot();
		List<FunnelPoint> points = new ArrayList<>();
		for (FunnelChart.Point p : chart.points()) {
			FunnelPlot.Position position = plot.units().stream()
				.filter(u -> u.tally().label().equals(p.team()))
				.findFirst()
				.map(FunnelPlot.Unit::position)
				.orElseThrow();
			points.add(new FunnelPoint(p.team(), p.n(), printed(100 * p.proportion()), Position.valueOf(position.name())));
		}
		Double centre = chart.suppressed() || Double.isNaN(plot.centre()) ? null : printed(100 * plot.centre());
		List<TeamRow> rows = row.rows().stream()
			.map(t -> new TeamRow(t.team(), t.applicable(), t.met(), t.partlyMet(), t.notMet(), t.compliance(),
					t.position()))
			.toList();
		return new TeamFigures(row.criterion(), row.title(), row.outliers(), row.comparison(), centre, rows, points);
	}

	private static Rag rag(String word) {
		for (Rag rag : Rag.values()) {
			if (rag.word().equals(word)) {
				return rag;
			}
		}
		return null;
	}

	/**
	 * A percentage to one decimal place, as the pack prints percentages: what a point's position
	 * needs, and no more exact than the pack (an exact fraction could say more than the pack does).
	 * Special causes and outliers were found from the exact figures and are kept as such.
	 */
	private static Double printed(Double pct) {
		return pct == null ? null : oneDecimal(pct).doubleValue();
	}

	private static BigDecimal oneDecimal(Double pct) {
		return pct == null ? null : BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP);
	}
}
