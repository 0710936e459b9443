package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.audit.audit.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A period's audited cases: those of the newest published run of the tool for the period
 * ({@code newest_published_run}, migration V30), with each case's team and automated outcomes.
 */
@Component
class PeriodCases {

	private final JdbcClient jdbc;

	PeriodCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The run whose cases are the period's audited cases, if the period has a published run. */
	Optional<Long> newestPublishedRun(String toolId, YearMonth period) {
		return this.jdbc.sql("select run from newest_published_run(:tool, :period) run where run is not null")
			.param("tool", toolId)
			.param("period", period.toString())
			.query(Long.class)
			.optional();
	}

	/** The run, or a refusal naming the period when it has no published run of the tool. */
	long run(String toolId, YearMonth period) {
		return newestPublishedRun(toolId, period)
			.orElseThrow(() -> new InvalidInputException("period", "period " + period + " has no published run of tool '"
					+ toolId + "'"));
	}

	/** The case's team in the run, if the case is one of its cases. */
	Optional<String> team(long runId, String caseId) {
		return this.jdbc.sql("select team from case_score where run_id = :run and case_id = :case")
			.param("run", runId)
			.param("case", caseId)
			.query(String.class)
			.optional();
	}

	/** The case's automated outcome of every criterion, in tool order. */
	Map<String, Outcome> outcomes(long runId, String caseId) {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select criterion, outcome from case_result
				where run_id = :run and case_id = :case order by criterion_seq""")
			.param("run", runId)
			.param("case", caseId)
			.query((rs) -> {
				outcomes.put(rs.getString(1), Outcome.valueOf(rs.getString(2)));
			});
		return outcomes;
	}

	/** The run's criteria, in tool order. */
	List<String> criteria(long runId) {
		return this.jdbc.sql("select criterion from criterion_summary where run_id = :run order by criterion_seq")
			.param("run", runId)
			.query(String.class)
			.list();
	}

	/** The case's team, refusing a case that is not one of the run's cases. */
	String requireCase(long runId, YearMonth period, String caseId) {
		return team(runId, caseId).orElseThrow(() -> new InvalidInputException("caseId",
				"case " + Inputs.quoted(caseId) + " is not one of the audited cases of " + period));
	}
}
