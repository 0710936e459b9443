package org.safeguarding.audit.report;

import java.math.BigDecimal;

/** RAG thresholds from the tool definition, in percent: green at or above {@code greenPct}, amber at or above {@code amberPct}, else red. */
public record RagThresholds(double greenPct, double amberPct) {

	public static final RagThresholds DEFAULT = new RagThresholds(90, 70);

	public RagThresholds {
		if (!(0 <= amberPct && amberPct <= greenPct && greenPct <= 100)) {
			throw new IllegalArgumentException(
					"RAG thresholds need 0 <= amber <= green <= 100, got green=" + greenPct + ", amber=" + amberPct);
		}
	}

	/** The rating of a published compliance percentage. */
	Rag rate(BigDecimal compliancePct) {
		double pct = compliancePct.doubleValue();
		return pct >= greenPct ? Rag.GREEN : pct >= amberPct ? Rag.AMBER : Rag.RED;
	}

	/** A rating, always written as a word (and a letter in charts) so it does not rely on colour. */
	enum Rag {
		GREEN("Green"), AMBER("Amber"), RED("Red");

		private final String word;

		Rag(String word) {
			this.word = word;
		}

		String word() {
			return word;
		}

		String letter() {
			return word.substring(0, 1);
		}
	}
}
