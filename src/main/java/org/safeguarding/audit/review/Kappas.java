package org.safeguarding.audit.review;

import java.util.Collection;

/**
 * Cohen's kappa and linearly weighted kappa from a k × k table of counts (rows the first rater's
 * category, columns the second's). Agreement weights are kept as whole numbers over a scale —
 * 1 on the diagonal else 0, or (k − 1) − |i − j| over k − 1 — so p_o and p_e are exact
 * fractions of integers and p_e = 1 is recognised exactly, not to within a rounding error.
 */
final class Kappas {

	static final double Z = 1.959964;

	private Kappas() {
	}

	/** Cohen's (1960) kappa: only identical categories count as agreeing. */
	static Agreement unweighted(long[][] table) {
		return kappa(table, false);
	}

	/** Cohen's (1968) weighted kappa with linear agreement weights 1 − |i − j| / (k − 1), categories in order. */
	static Agreement linearlyWeighted(long[][] table) {
		return kappa(table, true);
	}

	/** The table of pairs over the categories of an enum, in its declared order. */
	static <E extends Enum<E>> long[][] table(Class<E> categories, Collection<RatingPair<E>> pairs) {
		int k = categories.getEnumConstants().length;
		long[][] table = new long[k][k];
		for (RatingPair<E> pair : pairs) {
			table[pair.first().ordinal()][pair.second().ordinal()]++;
		}
		return table;
	}

	private static Agreement kappa(long[][] table, boolean linear) {
		int k = table.length;
		long scale = (linear && k > 1) ? k - 1 : 1;
		long n = 0;
		long[] rows = new long[k];
		long[] columns = new long[k];
		long observed = 0;
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				long count = table[i][j];
				n += count;
				rows[i] += count;
				columns[j] += count;
				observed += weight(i, j, k, linear) * count;
			}
		}
		if (n < Agreement.MIN_PAIRS) {
			return new Agreement.TooFewToJudge(Math.toIntExact(n));
		}
		long expected = 0;
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				expected += weight(i, j, k, linear) * rows[i] * columns[j];
			}
		}
		// p_o = observed / (scale·n), p_e = expected / (scale·n²).
		long all = scale * n * n;
		if (expected == all) {
			return new Agreement.NoVariation(Math.toIntExact(n));
		}
		double po = (double) observed / (scale * n);
		double pe = (double) expected / all;
		double kappa = (double) (observed * n - expected) / (all - expected);
		double half = Z * Math.sqrt(po * (1 - po)) / ((1 - pe) * Math.sqrt(n));
		return new Agreement.Kappa(Math.toIntExact(n), kappa, Math.max(-1, kappa - half), Math.min(1, kappa + half), po,
				pe);
	}

	private static long weight(int i, int j, int k, boolean linear) {
		if (!linear || k == 1) {
			return (i == j) ? 1 : 0;
		}
		return (k - 1) - Math.abs(i - j);
	}

	/** One thing rated by two raters. */
	record RatingPair<E extends Enum<E>>(E first, E second) {
	}
}
