package org.safeguarding.audit.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.extract.RejectionKind;
import org.safeguarding.audit.report.BoardPackData.ReasonCount;

/**
 * Rejection reasons for the board, grouped by their kind ({@link RejectionKind}: the column and
 * the rule it broke) and told in the format's words only: {@code pers_dob '2026-13-01' is not a
 * valid date} and {@code pers_dob 'called D'Souza' is not a valid date} are both
 * "pers_dob is not a valid date", and no part of either value is shown.
 */
final class RejectionReasons {

	private final Map<List<String>, Long> counts = new LinkedHashMap<>();

	void add(String tableName, String kind, long rows) {
		this.counts.merge(List.of(tableName, RejectionKind.describe(tableName, kind)), rows, Long::sum);
	}

	/** The most frequent reasons first (ties by table, then reason). */
	List<ReasonCount> commonest(int limit) {
		return this.counts.entrySet()
			.stream()
			.map(e -> new ReasonCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.sorted(Comparator.comparingLong(ReasonCount::rowsRejected)
				.reversed()
				.thenComparing(ReasonCount::tableName)
				.thenComparing(ReasonCount::reason))
			.limit(limit)
			.toList();
	}
}
