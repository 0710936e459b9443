package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A sample as saved: its inputs, the run whose audited cases it was drawn from, how many cases
 * were eligible and how many the window excluded, who drew it and when, and its cases (the work
 * list, in the order drawn).
 */
public record SavedSample(long sampleId, String toolId, YearMonth period, long runId, SampleSpec spec, int eligible,
		int excluded, String drawnBy, OffsetDateTime drawnAt, List<SampledCase> cases) {

	public SavedSample {
		cases = List.copyOf(cases);
	}
}
