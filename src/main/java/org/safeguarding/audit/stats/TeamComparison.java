package org.safeguarding.audit.stats;

import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Do teams differ? A chi-square test of independence on the team × (met, not met) table,
 * where "not met" is every applicable case that was not MET. Teams with nothing applicable are
 * left out. {@code smallExpectedCounts} warns that some expected count is below 5, where the
 * chi-square approximation is poor.
 */
public record TeamComparison(double statistic, int degreesOfFreedom, double pValue, int teams,
		boolean smallExpectedCounts) {

	static final double SMALL_EXPECTED = 5.0;

	/** Empty when the test cannot be run: fewer than two teams with cases, or all or none met. */
	public static Optional<TeamComparison> of(List<Tally> teams) {
		long[][] table = teams.stream()
			.filter(t -> t.n() > 0)
			.map(t -> new long[] { t.met(), t.n() - t.met() })
			.toArray(long[][]::new);
		long met = 0;
		long notMet = 0;
		for (long[] row : table) {
			met += row[0];
			notMet += row[1];
		}
		if (table.length < 2 || met == 0 || notMet == 0) {
			return Optional.empty();
		}
		ChiSquareTest test = new ChiSquareTest();
		double statistic = test.chiSquare(table);
		double p = test.chiSquareTest(table);
		return Optional.of(new TeamComparison(statistic, table.length - 1, p, table.length,
				smallestExpected(table, met, notMet) < SMALL_EXPECTED));
	}

	private static double smallestExpected(long[][] table, long met, long notMet) {
		double total = met + notMet;
		double smallest = Double.MAX_VALUE;
		for (long[] row : table) {
			double rowTotal = row[0] + row[1];
			smallest = Math.min(smallest, Math.min(rowTotal * met / total, rowTotal * notMet / total));
		}
		return smallest;
	}

	public boolean significant(double alpha) {
		return pValue < alpha;
	}
}
