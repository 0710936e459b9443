package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.store.SqlQueries;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cuts a period's cohort into ranges of case ids of nearly equal size, in byte order
 * ({@code sql/queries/case-ranges.sql}), one for each worker of the scoring step: each range's
 * context names the id before it and its own last id, which {@link CaseFileReader} reads. The
 * last range is left open at the end and the first at the start, so together they hold every
 * case the unpartitioned reader would read, each once.
 */
public class CaseRanges implements Partitioner {

	private final JdbcClient jdbc;

	private final long loadId;

	private final LocalDate auditDate;

	public CaseRanges(JdbcClient jdbc, long loadId, LocalDate auditDate) {
		this.jdbc = jdbc;
		this.loadId = loadId;
		this.auditDate = auditDate;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> lastIds = this.jdbc.sql(SqlQueries.get("case-ranges.sql"))
			.param("parts", Math.max(1, gridSize))
			.param("loadId", this.loadId)
			.param("auditDate", this.auditDate)
			.query(String.class)
			.list();
		Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
		String after = "";
		for (int i = 0; i < lastIds.size(); i++) {
			String upTo = (i == lastIds.size() - 1) ? "" : lastIds.get(i);
			ranges.put("range" + (i + 1), range(after, upTo));
			after = upTo;
		}
		if (ranges.isEmpty()) {
			ranges.put("range1", range("", ""));
		}
		return ranges;
	}

	private static ExecutionContext range(String after, String upTo) {
		ExecutionContext context = new ExecutionContext();
		context.putString(CaseFileReader.RANGE_AFTER, after);
		context.putString(CaseFileReader.RANGE_UP_TO, upTo);
		return context;
	}
}
