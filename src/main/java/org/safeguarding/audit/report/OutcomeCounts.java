package org.safeguarding.audit.report;

import org.safeguarding.audit.stats.Tally;

/** Counts of a criterion's outcomes over some cases: the additive row that suppression protects. */
interface OutcomeCounts {

	long applicable();

	long met();

	long partlyMet();

	long notMet();

	/** met, partly met, not met, applicable: in that order, as published. */
	default long[] cells() {
		return new long[] { met(), partlyMet(), notMet(), applicable() };
	}

	default Tally tally(String label) {
		return new Tally(label, met(), applicable());
	}
}
