package org.safeguarding.audit.report;

import java.util.List;

import org.safeguarding.audit.stats.Suppression;

/**
 * How board outputs are published: the partnership named on the cover, the small-number
 * suppression threshold (counts from 1 to it shown as {@code c}; 0 turns it off), the headline
 * criteria compared across teams, and the RAG thresholds.
 */
public record ReportSettings(String partnershipName, int suppressionThreshold, List<String> headlineCriteria,
		RagThresholds rag) {

	/** The default tool's criteria of weight 2 or more. */
	public static final List<String> DEFAULT_HEADLINE_CRITERIA = List.of("FATHER_IDENTIFIED", "MEN_ASSESSED",
			"BRUISING_RESPONSE");

	public ReportSettings {
		if (partnershipName == null || partnershipName.isBlank()) {
			throw new IllegalArgumentException("partnershipName must not be blank");
		}
		if (suppressionThreshold < 0) {
			throw new IllegalArgumentException("suppressionThreshold must be >= 0, got " + suppressionThreshold);
		}
		headlineCriteria = headlineCriteria == null || headlineCriteria.isEmpty() ? DEFAULT_HEADLINE_CRITERIA
				: List.copyOf(headlineCriteria);
		rag = rag == null ? RagThresholds.DEFAULT : rag;
	}

	/** Suppression on at 5, the default headline criteria, RAG at 90% and 70%. */
	public static ReportSettings defaults(String partnershipName) {
		return new ReportSettings(partnershipName, Suppression.DEFAULT_THRESHOLD, DEFAULT_HEADLINE_CRITERIA,
				RagThresholds.DEFAULT);
	}

	Suppression suppression() {
		return new Suppression(suppressionThreshold);
	}
}
