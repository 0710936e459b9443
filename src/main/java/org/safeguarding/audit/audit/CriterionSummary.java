package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.stats.Proportions;

/**
 * One criterion over one run: how many cases it applied to, their outcomes, and the compliance
 * percentage with its Wilson interval (all null when it applied to none).
 */
public record CriterionSummary(String criterion, String title, int applicable, int met, int partlyMet,
		int notMet, BigDecimal compliancePct, BigDecimal ciLowPct, BigDecimal ciHighPct) {

	/** Builds the summary from the outcome counts; {@code z} is the tool's Wilson z. */
	public static CriterionSummary of(String criterion, String title, int met, int partlyMet, int notMet, double z) {
		if (met < 0 || partlyMet < 0 || notMet < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		int applicable = met + partlyMet + notMet;
		if (applicable == 0) {
			return new CriterionSummary(criterion, title, 0, 0, 0, 0, null, null, null);
		}
		Proportions.Interval ci = Proportions.wilson(met, applicable, z);
		return new CriterionSummary(criterion, title, applicable, met, partlyMet, notMet,
				Proportions.percent(met, applicable), Proportions.percent(ci.low()), Proportions.percent(ci.high()));
	}

	/** One summary per criterion of the tool, in tool order, over these cases. */
	public static List<CriterionSummary> summarise(AuditTool tool, Iterable<ScoredCase> cases) {
		List<CriterionSummary> summaries = new ArrayList<>();
		for (Criterion criterion : tool.criteria()) {
			int[] counts = new int[Outcome.values().length];
			for (ScoredCase scored : cases) {
				counts[scored.outcome(criterion.code()).outcome().ordinal()]++;
			}
			summaries.add(of(criterion.code(), criterion.title(), counts[Outcome.MET.ordinal()],
					counts[Outcome.PARTLY_MET.ordinal()], counts[Outcome.NOT_MET.ordinal()], tool.z()));
		}
		return summaries;
	}
}
