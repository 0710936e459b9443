package org.safeguarding.audit.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

import org.safeguarding.audit.report.BoardPackData.Run;
import org.safeguarding.audit.stats.Suppression;

/**
 * Fills the board dashboard ({@code report-templates/board-*.jrxml}) for one run: the cover,
 * compliance per criterion, trends, teams and data quality. Carries no person identifier.
 */
final class BoardDashboard {

	static final int CONTENT_WIDTH = 523;

	/** The subreports of board-dashboard, each passed as a parameter (see {@link #subreportParameter}). */
	static final List<String> SUBREPORTS = List.of("grades", "lines", "criteria", "trends", "teams", "team-rows",
			"tables", "reasons");

	/** Every template the board pack is filled from. */
	static final List<String> TEMPLATES = Stream
		.concat(Stream.of("board-dashboard"), SUBREPORTS.stream().map(s -> "board-" + s))
		.toList();

	private final ReportTemplates templates;

	private final ReportSettings settings;

	BoardDashboard(ReportTemplates templates, ReportSettings settings) {
		this.templates = templates;
		this.settings = settings;
	}

	JasperPrint fill(BoardPackData data) {
		Suppression suppression = settings.suppression();
		Run run = data.run();
		Map<String, Object> p = new HashMap<>();
		p.put("PartnershipName", settings.partnershipName());
		p.put("Period", run.period().strip());
		p.put("PeriodLabel", Figures.month(run.period()));
		p.put("ToolId", run.toolId());
		p.put("ToolTitle", run.toolTitle());
		p.put("ToolVersion", run.toolVersion());
		p.put("RunId", Long.toString(run.runId()));
		GradeDistribution.Result grades = GradeDistribution.of(data.grades(), suppression);
		p.put("CasesAudited", grades.casesAudited());
		p.put("GradeRows", RecordDataSource.of(grades.rows()));
		WhatChanged.Result changes = WhatChanged.of(run.period(), data.criteria(), data.history(), suppression);
		p.put("ChangesHeading", changes.heading());
		p.put("ChangeLines", RecordDataSource.of(changes.lines()));
		CriteriaSection.Result criteria = CriteriaSection.of(data.criteria(), suppression, settings.rag(), CONTENT_WIDTH);
		p.put("CriterionRows", RecordDataSource.of(criteria.rows()));
		p.put("ComplianceChart", criteria.chart());
		p.put("RagSummary", criteria.ragSummary());
		p.put("TrendRows", RecordDataSource.of(TrendSection.of(data.criteria(), data.history(), suppression)));
		p.put("HeadlineRows", RecordDataSource.of(TeamsSection.of(data.criteria(), data.teams(),
				settings.headlineCriteria(), suppression, CONTENT_WIDTH)));
		p.put("HeadlineNote", "Headline criteria: " + String.join(", ", settings.headlineCriteria()) + ".");
		p.put("DataQualityNote", DataQualitySection.note(data.warnings(), data.tables()));
		p.put("TableRows", RecordDataSource.of(DataQualitySection.tables(data.tables())));
		p.put("ReasonRows", RecordDataSource.of(DataQualitySection.reasons(data.reasons())));
		p.put("SuppressionNote", suppressionNote(suppression));
		p.put("RagNote", "RAG: Green at " + trim(settings.rag().greenPct()) + "% or more, Amber at "
				+ trim(settings.rag().amberPct()) + "% or more, otherwise Red.");
		for (String sub : SUBREPORTS) {
			p.put(subreportParameter(sub), templates.get("board-" + sub));
		}
		try {
			return JasperFillManager.fillReport(templates.get("board-dashboard"), p, new JREmptyDataSource(1));
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot fill the board dashboard for run " + run.runId(), ex);
		}
	}

	/** board-team-rows is passed as TeamRowsReport. */
	static String subreportParameter(String name) {
		StringBuilder camel = new StringBuilder();
		for (String part : name.split("-")) {
			camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return camel + "Report";
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
