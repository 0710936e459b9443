package org.safeguarding.audit.report;

import org.safeguarding.audit.stats.Suppression;

/**
 * A row of outcome counts as published: each count a figure or {@code c}, and compliance
 * (met / applicable) hidden whenever met or applicable is.
 */
record PublishedRow(String met, String partlyMet, String notMet, String applicable, String compliance,
		boolean complianceHidden) {

	static PublishedRow of(OutcomeCounts counts, Suppression suppression) {
		return of(counts, suppression.row(counts.cells()));
	}

	/** @param hidden which of met, partly met, not met, applicable to hide */
	static PublishedRow of(OutcomeCounts counts, boolean[] hidden) {
		boolean complianceHidden = hidden[0] || hidden[3];
		return new PublishedRow(Figures.count(counts.met(), hidden[0]), Figures.count(counts.partlyMet(), hidden[1]),
				Figures.count(counts.notMet(), hidden[2]), Figures.count(counts.applicable(), hidden[3]),
				Figures.pct(counts.met(), counts.applicable(), complianceHidden), complianceHidden);
	}
}
