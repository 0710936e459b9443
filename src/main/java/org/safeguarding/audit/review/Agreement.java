package org.safeguarding.audit.review;

/**
 * How far two raters agree over {@code pairs} ratings (qa-review.md): Cohen's kappa with its
 * large-sample 95% interval, or why there is none to show.
 */
public sealed interface Agreement permits Agreement.Kappa, Agreement.TooFewToJudge, Agreement.NoVariation {

	/** Below this many pairs agreement is "too few to judge". */
	int MIN_PAIRS = 10;

	/** How many things both raters rated. */
	int pairs();

	/**
	 * κ = (p_o − p_e) / (1 − p_e) and its interval κ ± 1.959964 · √(p_o(1−p_o)) / ((1−p_e)√n),
	 * cut to kappa's range [−1, 1]; {@code observed} is p_o and {@code expected} p_e (both
	 * weighted for a weighted kappa).
	 */
	record Kappa(int pairs, double kappa, double low, double high, double observed, double expected)
			implements Agreement {
	}

	/** Fewer than {@link #MIN_PAIRS} pairs: shown as "too few to judge", never as a number. */
	record TooFewToJudge(int pairs) implements Agreement {
	}

	/**
	 * Both raters gave one and the same category every time: they agree completely, but so would
	 * chance (p_e = 1), and kappa is 0 / 0. Shown as "all the same: kappa cannot be computed".
	 */
	record NoVariation(int pairs) implements Agreement {
	}
}
