package org.safeguarding.audit.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.safeguarding.audit.audit.ByteOrder;

/**
 * Draws a period's monthly sample exactly as qa-review.md says, so anyone can reproduce it from
 * its inputs: the window's earlier samples out, places shared by {@link Allocation}, and inside
 * each stratum the cases whose SHA-256 of {@code seed + ":" + case_id} (UTF-8, lower-case hex)
 * comes first.
 */
public final class SampleDraw {

	private SampleDraw() {
	}

	/**
	 * The sample of {@code period} from its audited cases; {@code earlier} are other periods'
	 * samples, of which those of the {@code spec.exclusionMonths()} periods before this one count.
	 */
	public static DrawnSample draw(YearMonth period, SampleSpec spec, List<EligibleCase> audited,
			List<PastSample> earlier) {
		Set<String> excluded = new HashSet<>();
		YearMonth first = period.minusMonths(spec.exclusionMonths());
		for (PastSample past : earlier) {
			if (!past.period().isBefore(first) && past.period().isBefore(period)) {
				excluded.addAll(past.caseIds());
			}
		}
		SortedMap<Stratum, List<EligibleCase>> strata = new TreeMap<>();
		int excludedCount = 0;
		for (EligibleCase eligible : audited) {
			if (excluded.contains(eligible.caseId())) {
				excludedCount++;
			}
			else {
				strata.computeIfAbsent(Stratum.of(eligible, spec.strata()), (s) -> new ArrayList<>()).add(eligible);
			}
		}
		int eligibleCount = audited.size() - excludedCount;
		if (spec.size() > eligibleCount) {
			throw new InvalidInputException("size", "size must not be more than the " + Inputs.number(eligibleCount)
					+ " eligible cases of " + period + " (was " + Inputs.number(spec.size()) + ")");
		}
		SortedMap<Stratum, Integer> counts = new TreeMap<>();
		strata.forEach((stratum, cases) -> counts.put(stratum, cases.size()));
		SortedMap<Stratum, Integer> allocation = Allocation.of(spec.size(), counts);
		List<SampledCase> sampled = new ArrayList<>();
		for (Map.Entry<Stratum, List<EligibleCase>> entry : strata.entrySet()) {
			entry.getValue().stream()
				.map((eligible) -> Map.entry(hash(spec.seed(), eligible.caseId()), eligible))
				.sorted(Map.Entry.<String, EligibleCase>comparingByKey()
					.thenComparing((e) -> e.getValue().caseId(), ByteOrder.UTF8))
				.limit(allocation.get(entry.getKey()))
				.map(Map.Entry::getValue)
				.forEach((c) -> sampled.add(new SampledCase(c.caseId(), c.team(), c.grade(), entry.getKey().label())));
		}
		return new DrawnSample(period, spec, eligibleCount, excludedCount, allocation, sampled);
	}

	/** The lower-case hex SHA-256 of {@code seed + ":" + caseId} in UTF-8. */
	static String hash(long seed, String caseId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((seed + ":" + caseId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}
}
