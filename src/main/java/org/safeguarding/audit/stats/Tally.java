package org.safeguarding.audit.stats;

/** A count of cases meeting a criterion out of the cases it applies to, for one labelled group. */
public record Tally(String label, long met, long n) {

	public Tally {
		if (met < 0 || n < 0 || met > n) {
			throw new IllegalArgumentException("need 0 <= met <= n, got met=" + met + ", n=" + n + " for " + label);
		}
	}

	/** met / n, or NaN when nothing applies. */
	public double proportion() {
		return n == 0 ? Double.NaN : (double) met / n;
	}
}
