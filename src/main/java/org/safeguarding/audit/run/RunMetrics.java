package org.safeguarding.audit.run;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the runs, tagged by job ({@code none} for a command-line run) and status:
 * {@code audit.runs} (runs ended), {@code audit.run.duration} (seconds from start to end),
 * {@code audit.rows.rejected} and {@code audit.cases} (of completed runs).
 */
@Component
class RunMetrics {

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	RunMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	void ended(Run run, RunStatus status, Long loadId, Long auditRunId) {
		String job = (run.jobId() != null) ? run.jobId() : "none";
		Counter.builder("audit.runs").description("Runs ended, by job and status")
			.tag("job", job).tag("status", status.name()).register(this.registry).increment();
		if (run.startedAt() != null) {
			Timer.builder("audit.run.duration").description("Time from a run's start to its end")
				.tag("job", job).tag("status", status.name()).register(this.registry)
				.record(Duration.between(run.startedAt(), OffsetDateTime.now()));
		}
		if (status == RunStatus.COMPLETED && loadId != null && auditRunId != null) {
			long rejected = this.jdbc.sql("select coalesce(sum(rows_rejected), 0) from extract_file where load_id = :load")
				.param("load", loadId).query(Long.class).single();
			long cases = this.jdbc.sql("select coalesce(cases_audited, 0) from audit_run where run_id = :run")
				.param("run", auditRunId).query(Long.class).optional().orElse(0L);
			Counter.builder("audit.rows.rejected").description("Rows rejected by completed runs")
				.tag("job", job).register(this.registry).increment(rejected);
			Counter.builder("audit.cases").description("Cases audited by completed runs")
				.tag("job", job).register(this.registry).increment(cases);
		}
	}
}
