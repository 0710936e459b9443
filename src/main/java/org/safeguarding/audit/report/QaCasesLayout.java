package org.safeguarding.audit.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The case sheets' layout for one tool: {@code report-templates/qa-cases.jrxml} with its
 * prototype outcome/evidence column pair repeated once per criterion, in tool order. One row
 * per case keeps a sheet 15 times shorter than a row per case and criterion, and well within
 * Excel's row limit. Compiled once per list of criteria.
 */
final class QaCasesLayout {

	static final String TEMPLATE = "qa-cases";

	private static final String AUTO_FILTER = "net.sf.jasperreports.export.xls.auto.filter";

	private final Map<List<String>, JasperReport> compiled = new ConcurrentHashMap<>();

	JasperReport forCriteria(List<String> criteria) {
		return compiled.computeIfAbsent(List.copyOf(criteria), QaCasesLayout::compile);
	}

	static JasperReport compile(List<String> criteria) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("The QA findings workbook needs at least one criterion");
		}
		JasperDesign design = ReportTemplates.design(TEMPLATE);
		JRDesignBand header = (JRDesignBand) design.getColumnHeader();
		JRDesignBand detail = (JRDesignBand) design.getDetailSection().getBands()[0];
		JRDesignStaticText outcomeHeader = (JRDesignStaticText) prototype(header, "outcome");
		JRDesignStaticText evidenceHeader = (JRDesignStaticText) prototype(header, "evidence");
		JRDesignTextField outcome = (JRDesignTextField) prototype(detail, "outcome");
		JRDesignTextField evidence = (JRDesignTextField) prototype(detail, "evidence");
		int x = outcome.getX();
		int pairWidth = outcome.getWidth() + evidence.getWidth();
		for (int i = 0; i < criteria.size(); i++) {
			String code = criteria.get(i);
			boolean last = i == criteria.size() - 1;
			int at = x + i * pairWidth;
			header.addElement(heading(outcomeHeader, at, code, false));
			header.addElement(heading(evidenceHeader, at + outcome.getWidth(), code + " evidence", last));
			detail.addElement(value(outcome, at, "(String) $F{outcomes}.get(" + i + ")"));
			detail.addElement(value(evidence, at + outcome.getWidth(), "(String) $F{evidence}.get(" + i + ")"));
		}
		for (JRDesignElement prototype : List.of(outcomeHeader, evidenceHeader)) {
			header.removeElement(prototype);
		}
		for (JRDesignElement prototype : List.of(outcome, evidence)) {
			detail.removeElement(prototype);
		}
		int width = x + criteria.size() * pairWidth;
		design.setPageWidth(width);
		design.setColumnWidth(width);
		return ReportTemplates.compile(design, ReportFiles.template(TEMPLATE));
	}

	private static JRDesignElement prototype(JRDesignBand band, String key) {
		for (JRElement element : band.getElements()) {
			if (key.equals(element.getKey())) {
				return (JRDesignElement) element;
			}
		}
		throw new IllegalStateException(
				"Report template " + ReportFiles.template(TEMPLATE) + " has no element keyed \"" + key + "\"");
	}

	private static JRDesignStaticText heading(JRDesignStaticText prototype, int x, String text, boolean lastColumn) {
		JRDesignStaticText heading = (JRDesignStaticText) prototype.clone();
		heading.setKey(null);
		heading.setX(x);
		heading.setText(text);
		if (!lastColumn) {
			heading.getPropertiesMap().removeProperty(AUTO_FILTER);
		}
		return heading;
	}

	private static JRDesignTextField value(JRDesignTextField prototype, int x, String expression) {
		JRDesignTextField value = (JRDesignTextField) prototype.clone();
		value.setKey(null);
		value.setX(x);
		value.setExpression(new JRDesignExpression(expression));
		return value;
	}
}
