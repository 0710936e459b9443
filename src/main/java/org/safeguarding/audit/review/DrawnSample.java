package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

/**
 * A sample as drawn: its inputs, how many cases were eligible and how many the window excluded,
 * the places each stratum got, and the cases (stratum order, then the order of their hashes).
 */
public record DrawnSample(YearMonth period, SampleSpec spec, int eligible, int excluded,
		SortedMap<Stratum, Integer> allocation, List<SampledCase> cases) {

	public DrawnSample {
		cases = List.copyOf(cases);
	}
}
