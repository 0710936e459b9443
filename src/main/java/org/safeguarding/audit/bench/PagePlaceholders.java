package org.safeguarding.audit.bench;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a benchmarked path's placeholders stand for: {@code {period}} and {@code {run}} the
 * published run's, and {@code {criterion}}, {@code {case}} and {@code {team}} one of the run's,
 * drawn afresh for each request so that no cache sees only one page.
 */
record PagePlaceholders(String period, long runId, List<String> criteria, List<String> cases, List<String> teams) {

	static PagePlaceholders of(JdbcClient jdbc, long runId, YearMonth period) {
		long auditRunId = jdbc.sql("select audit_run_id from run where id = :id").param("id", runId)
			.query(Long.class).single();
		List<String> criteria = jdbc.sql("select criterion from criterion_summary where run_id = :id order by criterion_seq")
			.param("id", auditRunId).query(String.class).list();
		List<String> cases = jdbc.sql("select case_id from case_score where run_id = :id order by case_id")
			.param("id", auditRunId).query(String.class).list();
		List<String> teams = jdbc.sql("select distinct team from case_score where run_id = :id order by team")
			.param("id", auditRunId).query(String.class).list();
		return new PagePlaceholders(period.toString(), runId, criteria, cases, teams);
	}

	String fill(String path, Random random) {
		String filled = path.replace("{period}", this.period).replace("{run}", Long.toString(this.runId));
		filled = replace(filled, "{criterion}", this.criteria, random);
		filled = replace(filled, "{case}", this.cases, random);
		return replace(filled, "{team}", this.teams, random);
	}

	private static String replace(String path, String placeholder, List<String> values, Random random) {
		if (!path.contains(placeholder)) {
			return path;
		}
		String value = values.get(random.nextInt(values.size()));
		return path.replace(placeholder, java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
	}
}
