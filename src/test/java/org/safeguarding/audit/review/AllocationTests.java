package org.safeguarding.audit.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** Hamilton's allocation of qa-review.md, every case worked by hand in its comment. */
class AllocationTests {

	@Test
	void wholePartsThenTheLargestRemainder() {
		// n = 5, E = 12. East 5·5/12 = 25/12 = 2 r 1/12; North 5·4/12 = 20/12 = 1 r 8/12;
		// West 5·3/12 = 15/12 = 1 r 3/12. Whole parts 2 + 1 + 1 = 4, one place left: North (8/12).
		assertThat(allocate(5, "East", 5, "North", 4, "West", 3)).containsExactly(entry("East", 2), entry("North", 2),
				entry("West", 1));
	}

	@Test
	void aRemainderTieGoesToTheStratumFirstInByteOrder() {
		// n = 3, E = 4: each 3·2/4 = 6/4 = 1 r 2/4. Whole parts 2, one left, remainders tie: "Beta" < "alpha"
		// in byte order (B is 0x42, a is 0x61), so Beta gets it, although "alpha" sorts first ignoring case.
		assertThat(allocate(3, "alpha", 2, "Beta", 2)).containsExactly(entry("Beta", 2), entry("alpha", 1));
	}

	@Test
	void everyStratumWithCasesGetsOneTakenFromTheLargestAllocation() {
		// n = 5, E = 100. A 5·90/100 = 4.5 -> 4 r 50/100; B 5·6/100 = 0.3 -> 0 r 30; C 5·4/100 = 0.2 -> 0 r 20.
		// One place left: A (50) -> A 5, B 0, C 0. Then B (more eligible than C) takes one from A (5 -> 4),
		// then C takes one from A (4 -> 3): A 3, B 1, C 1.
		assertThat(allocate(5, "A", 90, "B", 6, "C", 4)).containsExactly(entry("A", 3), entry("B", 1), entry("C", 1));
	}

	@Test
	void aTieBetweenTheLargestAllocationsGivesFromTheFirstInOrder() {
		// n = 5, E = 82. A and B: 5·40/82 = 200/82 = 2 r 36/82; C and D: 5·1/82 = 0 r 5/82.
		// Whole parts 2 + 2 = 4, one left: A and B tie on 36, A first -> A 3, B 2, C 0, D 0.
		// C (tied with D on 1 eligible, C first) takes from A (3, the largest) -> A 2;
		// D takes from the largest above 1: A 2 and B 2 tie, A first -> A 1. Result A 1, B 2, C 1, D 1.
		assertThat(allocate(5, "A", 40, "B", 40, "C", 1, "D", 1)).containsExactly(entry("A", 1), entry("B", 2),
				entry("C", 1), entry("D", 1));
	}

	@Test
	void strataOutnumberingThePlacesGiveThemToTheStrataWithTheMostCases() {
		// 4 strata, n = 2: B (3) and C (3) have the most; n = 3 adds D (2) before A (1).
		assertThat(allocate(2, "A", 1, "B", 3, "C", 3, "D", 2)).containsExactly(entry("A", 0), entry("B", 1),
				entry("C", 1), entry("D", 0));
		assertThat(allocate(3, "A", 1, "B", 3, "C", 3, "D", 2)).containsExactly(entry("A", 0), entry("B", 1),
				entry("C", 1), entry("D", 1));
		// A tie on the number of cases at the boundary: B and C have 2, one place: B first in byte order.
		assertThat(allocate(2, "A", 5, "B", 2, "C", 2)).containsExactly(entry("A", 1), entry("B", 1), entry("C", 0));
	}

	@Test
	void gradesTieInTheOrderGoodRequiresImprovementInadequateNotByName() {
		// Team × grade, n = 2, three strata: North/GOOD 3 gets one; East/REQUIRES_IMPROVEMENT and
		// East/INADEQUATE tie on 2: REQUIRES_IMPROVEMENT comes before INADEQUATE (the grade order),
		// although "INADEQUATE" < "REQUIRES_IMPROVEMENT" in byte order.
		SortedMap<Stratum, Integer> eligible = new TreeMap<>();
		eligible.put(new Stratum("East", Grade.INADEQUATE), 2);
		eligible.put(new Stratum("East", Grade.REQUIRES_IMPROVEMENT), 2);
		eligible.put(new Stratum("North", Grade.GOOD), 3);
		assertThat(Allocation.of(2, eligible)).containsExactly(
				Map.entry(new Stratum("East", Grade.REQUIRES_IMPROVEMENT), 1),
				Map.entry(new Stratum("East", Grade.INADEQUATE), 0), Map.entry(new Stratum("North", Grade.GOOD), 1));
	}

	@Test
	void aSampleOfEveryEligibleCaseTakesThemAll() {
		// n = E = 6: 6·e/6 = e exactly, no remainders.
		assertThat(allocate(6, "A", 1, "B", 2, "C", 3)).containsExactly(entry("A", 1), entry("B", 2), entry("C", 3));
	}

	/** Places per team for n and (team, eligible cases) pairs. */
	private static Map<String, Integer> allocate(int n, Object... teamsAndCounts) {
		SortedMap<Stratum, Integer> eligible = new TreeMap<>();
		for (int i = 0; i < teamsAndCounts.length; i += 2) {
			eligible.put(new Stratum((String) teamsAndCounts[i], null), (Integer) teamsAndCounts[i + 1]);
		}
		Map<String, Integer> places = new LinkedHashMap<>();
		Allocation.of(n, eligible).forEach((stratum, count) -> places.put(stratum.label(), count));
		return places;
	}

	private static Map.Entry<String, Integer> entry(String team, int places) {
		return Map.entry(team, places);
	}
}
