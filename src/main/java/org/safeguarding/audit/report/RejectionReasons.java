package org.safeguarding.audit.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.safeguarding.audit.report.BoardPackData.ReasonCount;

/**
 * Groups rejection reasons for the board: every quoted value, and the rejected row's own record
 * id wherever it appears as a word, is replaced by an ellipsis, so
 * {@code pers_dob '2026-13-01' is not a valid date} and {@code pers_dob 'x' is not a valid date}
 * count as one reason and no identifier is shown.
 */
final class RejectionReasons {

	static final String BLANK = "…";

	private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");

	private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");

	private final Map<List<String>, Long> counts = new LinkedHashMap<>();

	static String anonymise(String reason, String recordId) {
		String text = SINGLE_QUOTED.matcher(reason).replaceAll("'" + BLANK + "'");
		text = DOUBLE_QUOTED.matcher(text).replaceAll("\"" + BLANK + "\"");
		if (recordId != null && !recordId.isBlank()) {
			Pattern id = Pattern.compile("(?<![\\w-])" + Pattern.quote(recordId.strip()) + "(?![\\w-])");
			text = id.matcher(text).replaceAll(BLANK);
		}
		return text;
	}

	void add(String tableName, String reason, String recordId, long rows) {
		counts.merge(List.of(tableName, anonymise(reason, recordId)), rows, Long::sum);
	}

	/** The most frequent reasons first (ties by table, then reason). */
	List<ReasonCount> commonest(int limit) {
		return counts.entrySet()
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
