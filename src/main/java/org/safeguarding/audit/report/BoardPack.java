package org.safeguarding.audit.report;

import java.util.List;

import org.safeguarding.audit.board.BoardFigures;
import org.safeguarding.audit.board.ChartText;
import org.safeguarding.audit.report.DataQualitySection.ReasonRow;
import org.safeguarding.audit.report.DataQualitySection.TableRow;
import org.safeguarding.audit.report.TeamsSection.HeadlineRow;
import org.safeguarding.audit.report.TrendSection.TrendRow;
import org.safeguarding.audit.stats.Suppression;

/**
 * One run's board pack worked out once: every section as the Jasper pack prints it, and the same
 * sections as {@link BoardFigures} (what the board's pages show). Both come from these sections,
 * so the pages and the pack cannot disagree; the charts' text alternatives are worked from the
 * figures, so the PDF, the HTML page and the web pages describe each chart in the same words.
 */
record BoardPack(BoardPackData data, GradeDistribution.Result grades, WhatChanged.Result changes,
		CriteriaSection.Result criteria, String complianceAlt, List<TrendRow> trends, List<HeadlineRow> headline,
		List<TableRow> tables, List<ReasonRow> reasons, String dataQualityNote, String suppressionNote, String ragNote,
		String headlineNote, BoardFigures figures) {

	/** @param words each criterion's plain words from the tool file, kept with the figures */
	static BoardPack of(BoardPackData data, ReportSettings settings, CriterionWords words, int chartWidth) {
		Suppression suppression = settings.suppression();
		String period = data.run().period();
		GradeDistribution.Result grades = GradeDistribution.of(data.grades(), suppression);
		WhatChanged.Result changes = WhatChanged.of(period, data.criteria(), data.history(), suppression);
		CriteriaSection.Result criteria = CriteriaSection.of(data.criteria(), suppression, settings.rag(), chartWidth);
		List<TrendRow> trends = TrendSection.of(data.criteria(), data.history(), suppression);
		List<HeadlineRow> headline = TeamsSection.of(data.criteria(), data.teams(), settings.headlineCriteria(),
				suppression, chartWidth);
		List<TableRow> tables = DataQualitySection.tables(data.tables());
		List<ReasonRow> reasons = DataQualitySection.reasons(data.reasons());
		String dataQualityNote = DataQualitySection.note(data.warnings(), data.tables());
		String ragNote = "RAG: Green at " + trim(settings.rag().greenPct()) + "% or more, Amber at "
				+ trim(settings.rag().amberPct()) + "% or more, otherwise Red.";
		String headlineNote = "Headline criteria: " + String.join(", ", settings.headlineCriteria()) + ".";
		BoardPack sections = new BoardPack(data, grades, changes, criteria, "", trends, headline, tables, reasons,
				dataQualityNote, suppressionNote(suppression), ragNote, headlineNote, null);
		BoardFigures figures = PackFigures.of(sections, settings, words);
		return new BoardPack(data, grades, changes, criteria, ChartText.compliance(figures),
				trends.stream().map(t -> t.withAlt(ChartText.trend(figures.trend(t.criterion()).orElseThrow(), period)))
					.toList(),
				headline.stream().map(h -> h.withAlt(ChartText.funnel(figures.teams(h.criterion()).orElseThrow(), period)))
					.toList(),
				tables, reasons, dataQualityNote, sections.suppressionNote(), ragNote, headlineNote, figures);
	}

	static String suppressionNote(Suppression suppression) {
		if (!suppression.isOn()) {
			return "Small numbers are not suppressed in this edition: it is not for publication.";
		}
		return "Counts from 1 to " + suppression.threshold() + " are shown as c, as is a second count wherever "
				+ "a total would reveal one, and any percentage worked from them. Zero is shown as 0.";
	}

	private static String trim(double pct) {
		return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
	}
}
