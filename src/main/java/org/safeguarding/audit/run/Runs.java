package org.safeguarding.audit.run;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs, as every instance sharing the database sees them. Each change of state is one
 * conditional statement, so two instances (or an operator and an instance) can never both move
 * the same run: the database's constraints say which one wins.
 */
@Component
public class Runs {

	static final String COLUMNS = """
			id, job_id, period, status, trigger, fire_time, backfill_id, tool_file, out_folder, drop_folder,
			queued_at, started_at, ended_at, next_attempt_at, wait_until, failure, instance_id, job_execution_id,
			load_id, audit_run_id, stop_requested, restarts""";

	/**
	 * A run from a row of {@link #COLUMNS}, by position. Spring's mappers by name look each
	 * component up by its Java name first, and the driver's refusal (an exception with a
	 * translated message) per component and row cost the run list more than its query.
	 */
	static final RowMapper<Run> ROWS = (rs, row) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3),
			RunStatus.valueOf(rs.getString(4)), rs.getString(5), time(rs, 6), rs.getObject(7, Long.class),
			rs.getString(8), rs.getString(9), rs.getString(10), time(rs, 11), time(rs, 12), time(rs, 13), time(rs, 14),
			time(rs, 15), rs.getString(16), rs.getObject(17, Long.class), rs.getObject(18, Long.class),
			rs.getObject(19, Long.class), rs.getObject(20, Long.class), rs.getBoolean(21), rs.getInt(22));

	private static OffsetDateTime time(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	public Runs(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	Runs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a run; refused when the same job and period are already queued or running. */
	public long queue(NewRun run) {
		try {
			return insert(run, RunStatus.QUEUED, null);
		}
		catch (DuplicateKeyException ex) {
			throw alreadyActive(run);
		}
	}

	/**
	 * Queues the run of a schedule's fire time, unless some instance already did (the fire time is
	 * unique per job) or the job's period is already queued or running: empty then.
	 */
	public Optional<Long> queueFired(NewRun run) {
		try {
			return Optional.of(insert(run, RunStatus.QUEUED, null));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** Records a run that starts at once on this instance (a command-line run). */
	public long startNow(NewRun run, long instanceId) {
		try {
			return insert(run, RunStatus.RUNNING, instanceId);
		}
		catch (DuplicateKeyException ex) {
			throw alreadyActive(run);
		}
	}

	/**
	 * Takes the oldest run that is queued (times are the database's clock, so a backfill's next run
	 * never seems to start before the one it waited for ended) (or waiting for its drop, when its next attempt is due)
	 * for this instance; a backfill's runs are taken one at a time, oldest period first.
	 */
	public Optional<Run> claim(long instanceId) {
		return this.jdbc.sql("""
				update run set status = 'RUNNING', instance_id = :instance, started_at = clock_timestamp(), ended_at = null,
				    next_attempt_at = null
				where id = (
				    select r.id from run r
				    where (r.status = 'QUEUED' or (r.status = 'WAITING_FOR_DROP' and r.next_attempt_at <= :now))
				      and not exists (
				          select 1 from run b where r.backfill_id is not null and b.backfill_id = r.backfill_id
				          and b.id < r.id and b.status in ('QUEUED', 'WAITING_FOR_DROP', 'RUNNING'))
				    order by r.id
				    limit 1
				    for update skip locked)
				returning\s""" + COLUMNS)
			.param("instance", instanceId)
			.param("now", now())
			.query(ROWS)
			.optional();
	}

	public Optional<Run> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from run where id = :id").param("id", id).query(ROWS).optional();
	}

	/** The job's newest run. */
	public Optional<Run> latestOf(String jobId) {
		return this.jdbc.sql("select " + COLUMNS + " from run where job_id = :job order by id desc limit 1")
			.param("job", jobId)
			.query(ROWS)
			.optional();
	}

	/** The job's newest run started by its schedule. */
	public Optional<Run> latestScheduledOf(String jobId) {
		return this.jdbc.sql("select " + COLUMNS + " from run where job_id = :job and fire_time is not null order by id desc limit 1")
			.param("job", jobId)
			.query(ROWS)
			.optional();
	}

	/** Notes the Spring Batch execution a run is now carried out by. */
	public void jobExecution(long id, long jobExecutionId) {
		update("update run set job_execution_id = :value where id = :id", id, jobExecutionId);
	}

	/** Notes the local drop a run reads, and its state then (names, sizes, times: {@code DropState}). */
	public void dropFolder(long id, String folder, String state) {
		this.jdbc.sql("update run set drop_folder = :folder, drop_state = :state where id = :id")
			.param("folder", folder)
			.param("state", state)
			.param("id", id)
			.update();
	}

	/** Ends a running run. */
	public void finish(long id, RunStatus status, String failure, Long loadId, Long auditRunId) {
		this.jdbc.sql("""
				update run set status = :status, failure = :failure, ended_at = clock_timestamp(),
				    load_id = coalesce(:loadId, load_id), audit_run_id = coalesce(:auditRunId, audit_run_id)
				where id = :id and status = 'RUNNING'""")
			.param("status", status.name())
			.param("failure", failure)
			.param("loadId", loadId)
			.param("auditRunId", auditRunId)
			.param("id", id)
			.update();
	}

	/** A scheduled run whose drop is not there yet: tried again at {@code next}, given up after {@code until}. */
	public void waitForDrop(long id, String reason, Instant next, Instant until) {
		this.jdbc.sql("""
				update run set status = 'WAITING_FOR_DROP', failure = :reason, next_attempt_at = :next,
				    wait_until = coalesce(wait_until, :until), instance_id = null
				where id = :id and status = 'RUNNING'""")
			.param("reason", reason)
			.param("next", next.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/**
	 * Stops a run: one not yet started is {@code STOPPED} at once; a running one is asked to stop,
	 * which the instance running it does at the next chunk boundary. Returns the run as it is now.
	 */
	@Transactional
	public Run requestStop(long id) {
		Run run = this.jdbc.sql("select " + COLUMNS + " from run where id = :id for update")
			.param("id", id)
			.query(ROWS)
			.optional()
			.orElseThrow(() -> new NoSuchRunException(id));
		if (run.status() == RunStatus.QUEUED || run.status() == RunStatus.WAITING_FOR_DROP) {
			this.jdbc.sql("update run set status = 'STOPPED', ended_at = :now, instance_id = null where id = :id")
				.param("now", now())
				.param("id", id)
				.update();
		}
		else if (run.status() == RunStatus.RUNNING) {
			update("update run set stop_requested = :value where id = :id", id, true);
		}
		else {
			throw new RunConflictException("run " + id + " is " + run.status() + ": only a QUEUED or RUNNING run can be stopped");
		}
		return find(id).orElseThrow();
	}

	/** Queues a failed or stopped run again, to continue from where it ended. */
	public Run requeueForRestart(long id) {
		Run run = find(id).orElseThrow(() -> new NoSuchRunException(id));
		if (!run.status().restartable()) {
			throw new RunConflictException("run " + id + " is " + run.status() + ": only a FAILED or STOPPED run can be restarted");
		}
		int changed;
		try {
			changed = this.jdbc.sql("""
					update run set status = 'QUEUED', restarts = restarts + 1, stop_requested = false, failure = null,
					    ended_at = null, instance_id = null, next_attempt_at = null
					where id = :id and status in ('FAILED', 'STOPPED')""")
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RunConflictException("run " + id + " cannot be restarted: " + run.jobId() + " " + run.period()
					+ " is already queued or running");
		}
		if (changed == 0) {
			throw new RunConflictException("run " + id + " changed meanwhile: try again");
		}
		return find(id).orElseThrow();
	}

	/** The running runs of this instance that an operator asked to stop. */
	public List<Run> stopRequested(long instanceId) {
		return this.jdbc.sql("select " + COLUMNS + " from run where status = 'RUNNING' and stop_requested and instance_id = :instance")
			.param("instance", instanceId)
			.query(ROWS)
			.list();
	}

	/** Runs marked {@code RUNNING} whose instance is no longer alive (its process died). */
	public List<Run> orphaned() {
		return this.jdbc.sql("select " + COLUMNS + " from run r where status = 'RUNNING' and not "
				+ EngineInstance.ALIVE.formatted("r.instance_id"))
			.query(ROWS)
			.list();
	}

	/** This instance's running runs. */
	public List<Run> running(long instanceId) {
		return this.jdbc.sql("select " + COLUMNS + " from run where status = 'RUNNING' and instance_id = :instance")
			.param("instance", instanceId)
			.query(ROWS)
			.list();
	}

	/** Fails a run whose instance died; false when another instance did it first. */
	boolean failOrphan(long id, long instanceId, String reason) {
		return this.jdbc.sql("""
				update run set status = 'FAILED', failure = :reason, ended_at = :now
				where id = :id and status = 'RUNNING' and instance_id = :instance""")
			.param("reason", reason)
			.param("now", now())
			.param("id", id)
			.param("instance", instanceId)
			.update() == 1;
	}

	/** Whether the run is running on a live instance: the owner of a load or results others must wait for. */
	public boolean isRunningAlive(long id) {
		return this.jdbc.sql("select count(*) from run r where r.id = :id and r.status = 'RUNNING' and "
				+ EngineInstance.ALIVE.formatted("r.instance_id"))
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	private long insert(NewRun run, RunStatus status, Long instanceId) {
		return this.jdbc.sql("""
				insert into run (job_id, period, status, trigger, fire_time, backfill_id, tool_file, out_folder,
				    drop_folder, queued_at, started_at, instance_id)
				values (:job, :period, :status, :trigger, :fireTime, :backfill, :tool, :out, :drop, :now, :started,
				    :instance)
				returning id""")
			.param("job", run.jobId())
			.param("period", run.period())
			.param("status", status.name())
			.param("trigger", run.trigger())
			.param("fireTime", (run.fireTime() != null) ? run.fireTime().atOffset(ZoneOffset.UTC) : null)
			.param("backfill", run.backfillId())
			.param("tool", run.toolFile())
			.param("out", run.outFolder())
			.param("drop", run.dropFolder())
			.param("now", now())
			.param("started", (status == RunStatus.RUNNING) ? now() : null)
			.param("instance", instanceId)
			.query(Long.class)
			.single();
	}

	private RunConflictException alreadyActive(NewRun run) {
		Long existing = this.jdbc.sql("""
				select id from run where job_id = :job and period = :period
				and status in ('QUEUED', 'WAITING_FOR_DROP', 'RUNNING') order by id limit 1""")
			.param("job", run.jobId())
			.param("period", run.period())
			.query(Long.class)
			.optional()
			.orElse(null);
		return new RunConflictException("job '" + run.jobId() + "' period " + run.period() + " is already queued or running"
				+ ((existing != null) ? " (run " + existing + ")" : ""));
	}

	private void update(String sql, long id, Object value) {
		this.jdbc.sql(sql).param("value", value).param("id", id).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}
}
