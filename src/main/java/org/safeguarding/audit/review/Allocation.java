package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shares a sample's {@code n} places among the strata by Hamilton's method (qa-review.md): the
 * whole parts of n·e_s/E, then one each to the largest remainders; then every stratum left with
 * none gets one from the stratum with the largest allocation above one. When the strata outnumber
 * n, the strata with the most eligible cases get one place each. Every tie goes to the stratum
 * first in stratum order.
 */
final class Allocation {

	private Allocation() {
	}

	/** Places per stratum, in stratum order; {@code eligible} holds only strata with cases, and n ≤ their sum. */
	static SortedMap<Stratum, Integer> of(int n, SortedMap<Stratum, Integer> eligible) {
		long total = eligible.values().stream().mapToLong(Integer::longValue).sum();
		if (n < 1 || n > total) {
			throw new IllegalArgumentException("n must be from 1 to " + total + " (was " + n + ")");
		}
		Comparator<Stratum> mostEligibleFirst = Comparator.<Stratum>comparingInt(eligible::get).reversed()
			.thenComparing(Comparator.naturalOrder());
		SortedMap<Stratum, Integer> places = new TreeMap<>();
		eligible.keySet().forEach((stratum) -> places.put(stratum, 0));
		if (eligible.size() > n) {
			eligible.keySet().stream().sorted(mostEligibleFirst).limit(n).forEach((s) -> places.put(s, 1));
			return places;
		}
		// Exact integers: the whole part of n·e/E and its remainder's numerator over E.
		long given = 0;
		for (Map.Entry<Stratum, Integer> entry : eligible.entrySet()) {
			int whole = (int) ((long) n * entry.getValue() / total);
			places.put(entry.getKey(), whole);
			given += whole;
		}
		Comparator<Stratum> largestRemainderFirst = Comparator
			.<Stratum>comparingLong((s) -> (long) n * eligible.get(s) % total)
			.reversed()
			.thenComparing(Comparator.naturalOrder());
		eligible.keySet().stream().sorted(largestRemainderFirst).limit(n - given)
			.forEach((s) -> places.merge(s, 1, Integer::sum));
		List<Stratum> empty = new ArrayList<>(places.keySet().stream().filter((s) -> places.get(s) == 0).toList());
		empty.sort(mostEligibleFirst);
		for (Stratum stratum : empty) {
			// With no more strata than places a stratum above one is always left to give.
			Stratum donor = places.keySet().stream().filter((s) -> places.get(s) > 1)
				.sorted(Comparator.<Stratum>comparingInt(places::get).reversed().thenComparing(Comparator.naturalOrder()))
				.findFirst().orElseThrow();
			places.merge(donor, -1, Integer::sum);
			places.put(stratum, 1);
		}
		return places;
	}
}
