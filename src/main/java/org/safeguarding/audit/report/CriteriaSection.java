package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.RagThresholds.Rag;
import org.safeguarding.audit.stats.Suppression;

/** Compliance per criterion: the table (with RAG as a word) and the chart with 95% intervals. */
final class CriteriaSection {

	record CriterionRow(String number, String criterion, String title, String applicable, String met,
			String partlyMet, String notMet, String compliance, String interval, String rag) {
	}

	/** @param ragSummary e.g. "RAG this month: 2 Green, 12 Amber, 0 Red; 1 not rated (small numbers)." */
	record Result(List<CriterionRow> rows, ComplianceChart chart, String ragSummary) {
	}

	private CriteriaSection() {
	}

	static Result of(List<CriterionCounts> criteria, Suppression suppression, RagThresholds thresholds, int chartWidth) {
		List<CriterionRow> rows = new ArrayList<>();
		List<ComplianceChart.Entry> entries = new ArrayList<>();
		Map<Rag, Integer> rated = new EnumMap<>(Rag.class);
		int hiddenCount = 0;
		for (CriterionCounts c : criteria) {
			PublishedRow published = PublishedRow.of(c, suppression);
			boolean hidden = published.complianceHidden();
			Rag rag = c.compliancePct() == null ? null : thresholds.rate(c.compliancePct());
			String ragWord = hidden ? Figures.SUPPRESSED : rag == null ? Figures.NONE : rag.word();
			rows.add(new CriterionRow(Integer.toString(c.criterionSeq()), c.criterion(), c.title(), published.applicable(),
					published.met(), published.partlyMet(), published.notMet(), Figures.pct(c.compliancePct(), hidden),
					Figures.interval(c.ciLowPct(), c.ciHighPct(), hidden), ragWord));
			entries.add(entry(c, hidden, rag));
			if (hidden) {
				hiddenCount++;
			}
			else if (rag != null) {
				rated.merge(rag, 1, Integer::sum);
			}
		}
		return new Result(rows, new ComplianceChart(chartWidth, entries, thresholds.amberPct(), thresholds.greenPct()),
				ragSummary(rated, hiddenCount));
	}

	static String ragSummary(Map<Rag, Integer> rated, int hidden) {
		StringBuilder text = new StringBuilder("RAG ratings this period: ");
		for (Rag rag : Rag.values()) {
			text.append(rated.getOrDefault(rag, 0)).append(' ').append(rag.word()).append(rag == Rag.RED ? "" : ", ");
		}
		if (hidden > 0) {
			text.append("; ").append(hidden).append(hidden == 1 ? " criterion" : " criteria")
				.append(" not rated because the numbers are small");
		}
		return text.append('.').toString();
	}

	private static ComplianceChart.Entry entry(CriterionCounts c, boolean hidden, Rag rag) {
		String label = c.criterionSeq() + ". " + c.title();
		if (hidden) {
			return new ComplianceChart.Entry(label, null, null, null, Figures.SUPPRESSED);
		}
		if (c.compliancePct() == null) {
			return new ComplianceChart.Entry(label, null, null, null, Figures.NONE);
		}
		return new ComplianceChart.Entry(label, c.compliancePct().doubleValue(), value(c.ciLowPct()),
				value(c.ciHighPct()), Figures.pct(c.compliancePct(), false) + "  " + rag.letter());
	}

	private static Double value(java.math.BigDecimal pct) {
		return pct == null ? null : pct.doubleValue();
	}
}
