package org.safeguarding.audit.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs as operators and QA officers read them: a page of runs by job, period and status, newest
 * first; one run's steps (from Spring Batch's own record of every execution of the run's job
 * instance), counts and failure.
 */
@Component
public class RunDetails {

	/** Runs per page, in the console and the API. */
	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	public RunDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page (from 1) of the runs matching the filter, newest first, and how many match in all. */
	public RunPage page(RunFilter filter, int page) {
		String where = """
				where (cast(:job as text) is null or job_id = :job)
				  and (cast(:period as text) is null or period = :period)
				  and (cast(:status as text) is null or status = :status)""";
		List<Run> runs = this.jdbc.sql("select " + Runs.COLUMNS + " from run " + where
				+ " order by id desc limit :limit offset :offset")
			.param("job", filter.job())
			.param("period", filter.period())
			.param("status", (filter.status() != null) ? filter.status().name() : null)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query(Runs.ROWS)
			.list();
		long total = this.jdbc.sql("select count(*) from run " + where)
			.param("job", filter.job())
			.param("period", filter.period())
			.param("status", (filter.status() != null) ? filter.status().name() : null)
			.query(Long.class)
			.single();
		return new RunPage(runs, page, total);
	}

	/** The run's steps, the latest execution of each, in the order they first ran. */
	public List<StepRow> steps(Run run) {
		if (run.jobExecutionId() == null) {
			return List.of();
		}
		Map<String, StepRow> latest = new LinkedHashMap<>();
		this.jdbc.sql(SqlQueries.get("run-steps.sql")).param("execution", run.jobExecutionId()).query((rs, i) -> {
			LocalDateTime start = rs.getObject("start_time", LocalDateTime.class);
			LocalDateTime end = rs.getObject("end_time", LocalDateTime.class);
			double seconds = (start != null) ? Duration.between(start, (end != null) ? end : LocalDateTime.now()).toMillis()
					/ 1000.0 : 0;
			return new StepRow(rs.getString("step_name"), rs.getString("status"), rs.getLong("read_count"),
					rs.getLong("write_count"), rs.getLong("rejected_count"), Math.round(seconds * 10) / 10.0);
		}).list().forEach(step -> latest.put(step.name(), step));
		return new ArrayList<>(latest.values());
	}

	/** Rows read, loaded and rejected by the run's load, and cases audited: what is known so far. */
	public Counts counts(Run run) {
		Long load = (run.loadId() != null) ? run.loadId()
				: this.jdbc.sql("select max(load_id) from extract_load where owner_run = :run")
					.param("run", run.id()).query(Long.class).optional().orElse(null);
		Long auditRun = (run.auditRunId() != null) ? run.auditRunId()
				: this.jdbc.sql("select max(run_id) from audit_run where owner_run = :run")
					.param("run", run.id()).query(Long.class).optional().orElse(null);
		Counts rows = (load == null) ? new Counts(0, 0, 0, null) : this.jdbc.sql("""
				select coalesce(sum(rows_read), 0) as rows_read, coalesce(sum(rows_loaded), 0) as rows_loaded,
				       coalesce(sum(rows_rejected), 0) as rows_rejected, null as cases
				from extract_file where load_id = :load""").param("load", load).query(Counts.class).single();
		Optional<Integer> cases = (auditRun == null) ? Optional.empty() : this.jdbc
			.sql("select cases_audited from audit_run where run_id = :run").param("run", auditRun)
			.query(Integer.class).optional();
		return new Counts(rows.rowsRead(), rows.rowsLoaded(), rows.rowsRejected(), cases.orElse(null));
	}

	/** The runs matching a filter; a null field matches any. */
	public record RunFilter(String job, String period, RunStatus status) {
	}

	/** A page of runs. */
	public record RunPage(List<Run> runs, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	/** One step as operators read it: {@code rejected} counts rows a load step refused. */
	public record StepRow(String name, String status, long read, long written, long rejected, double seconds) {
	}

	/** What a run's drop became: rows read, loaded and rejected, and cases audited (null until scored). */
	public record Counts(long rowsRead, long rowsLoaded, long rowsRejected, Integer cases) {
	}
}
