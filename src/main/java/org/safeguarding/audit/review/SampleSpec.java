package org.safeguarding.audit.review;

import java.security.SecureRandom;

/**
 * What a QA officer asks of a monthly sample: its size, the seed that fixes which cases are
 * drawn, the exclusion window (cases sampled in any of that many previous periods are not
 * eligible) and the strata.
 */
public record SampleSpec(int size, long seed, int exclusionMonths, StratumKind strata) {

	public static final int DEFAULT_SIZE = 10;

	public static final int DEFAULT_EXCLUSION_MONTHS = 12;

	/** Seeds drawn at random stay below this, short enough to read out and type again. */
	static final long RANDOM_SEED_BOUND = 1_000_000_000L;

	private static final SecureRandom random = new SecureRandom();

	public SampleSpec {
		Inputs.atLeast("size", size, 1);
		Inputs.atLeast("seed", seed, 0);
		Inputs.atLeast("exclusionMonths", exclusionMonths, 0);
		if (strata == null) {
			throw new InvalidInputException("strata", "strata is required");
		}
	}

	/**
	 * From a form's or request's fields as typed: an empty field takes its default (size 10,
	 * window 12 months, strata by team, and a seed drawn at random, which the sample records).
	 */
	public static SampleSpec of(String size, String seed, String exclusionMonths, String strata) {
		long n = Inputs.wholeNumber("size", size, 1, DEFAULT_SIZE);
		long s = Inputs.wholeNumber("seed", seed, 0, -1);
		long window = Inputs.wholeNumber("exclusionMonths", exclusionMonths, 0, DEFAULT_EXCLUSION_MONTHS);
		if (n > Integer.MAX_VALUE || window > Integer.MAX_VALUE) {
			String field = (n > Integer.MAX_VALUE) ? "size" : "exclusionMonths";
			throw new InvalidInputException(field, field + " is too large (was " + (n > Integer.MAX_VALUE ? n : window) + ")");
		}
		return new SampleSpec((int) n, (s < 0) ? random.nextLong(RANDOM_SEED_BOUND) : s, (int) window,
				StratumKind.parse(strata));
	}
}
