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

	ReportSettings settings() {
		return this.settings;
	}

	/** Works the pack out from the run's data and fills it. */
	JasperPrint fill(BoardPackData data) {
		return fill(BoardPack.of(data, this.settings, CriterionWords.NONE, CONTENT_WIDTH));
	}

	JasperPrint fill(BoardPack pack) {
		return fill(pack, null);
	}

	/** @param figuresNote what the cover says of the figures beside the period (null for the automated figures) */
	JasperPrint fill(BoardPack pack, String figuresNote) {
		Run run = pack.data().run();
		Map<String, Object> p = new HashMap<>();
		p.put("FiguresNote", figuresNote);
		p.put("PartnershipName", this.settings.partnershipName());
		p.put("Period", run.period().strip());
		p.put("PeriodLabel", Figures.month(run.period()));
		p.put("ToolId", run.toolId());
		p.put("ToolTitle", run.toolTitle());
		p.put("ToolVersion", run.toolVersion());
		p.put("RunId", Long.toString(run.runId()));
		p.put("CasesAudited", pack.grades().casesAudited());
		p.put("GradeRows", RecordDataSource.of(pack.grades().rows()));
		p.put("ChangesHeading", pack.changes().heading());
		p.put("ChangeLines", RecordDataSource.of(pack.changes().lines()));
		p.put("CriterionRows", RecordDataSource.of(pack.criteria().rows()));
		p.put("ComplianceChart", pack.criteria().chart());
		p.put("ComplianceChartAlt", pack.complianceAlt());
		p.put("RagSummary", pack.criteria().ragSummary());
		p.put("TrendRows", RecordDataSource.of(pack.trends()));
		p.put("HeadlineRows", RecordDataSource.of(pack.headline()));
		p.put("HeadlineNote", pack.headlineNote());
		p.put("DataQualityNote", pack.dataQualityNote());
		p.put("TableRows", RecordDataSource.of(pack.tables()));
		p.put("ReasonRows", RecordDataSource.of(pack.reasons()));
		p.put("SuppressionNote", pack.suppressionNote());
		p.put("RagNote", pack.ragNote());
		for (String sub : SUBREPORTS) {
			p.put(subreportParameter(sub), this.templates.get("board-" + sub));
		}
		try {
			return JasperFillManager.fillReport(this.templates.get("board-dashboard"), p, new JREmptyDataSource(1));
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
}
