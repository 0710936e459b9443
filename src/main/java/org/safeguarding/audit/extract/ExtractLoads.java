package org.safeguarding.audit.extract;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of each drop loaded. A drop is known by its fingerprint: the same drop is loaded
 * once and reused by every later run. A load belongs to the run that began it: another run of the
 * same drop waits while that run is alive and loading, and takes the load over (removing its
 * partial rows) only when its run has ended or died. Its rows live in partitions of their own
 * ({@link ExtractPartitions}), created here.
 */
@Component
public class ExtractLoads {

	private static final Logger log = LoggerFactory.getLogger(ExtractLoads.class);

	private static final long WAIT_MILLIS = 1000;

	private final JdbcClient jdbc;

	private final ExtractPartitions partitions;

	private final TransactionTemplate ownTransaction;

	public ExtractLoads(JdbcClient jdbc, ExtractPartitions partitions, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A load to use for the drop: an existing finished one, this run's own unfinished one (a
	 * restart carries on with it), or a new one with its files recorded. Decided and committed in
	 * transactions of its own, so that waiting for another run holds no lock that run needs.
	 * @param run the run asking (the owner of a new load)
	 * @param runAlive whether a run is still running on a live instance
	 */
	public LoadStart begin(Drop drop, long run, LongPredicate runAlive) {
		boolean told = false;
		while (true) {
			Optional<LoadStart> start = this.ownTransaction.execute(status -> decide(drop, run, runAlive));
			if (start.isPresent()) {
				return start.get();
			}
			if (!told) {
				log.info("Run {} waits for the run loading the same drop ({})", run, drop.folder());
				told = true;
			}
			try {
				Thread.sleep(WAIT_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("stopped while waiting for another run loading the same drop", ex);
			}
		}
	}

	private Optional<LoadStart> decide(Drop drop, long run, LongPredicate runAlive) {
		Optional<ExistingLoad> existing = this.jdbc
			.sql("select load_id, status, owner_run from extract_load where fingerprint = :fingerprint for update")
			.param("fingerprint", drop.fingerprint())
			.query(ExistingLoad.class)
			.optional();
		if (existing.isPresent()) {
			ExistingLoad load = existing.get();
			if (load.status().equals("LOADED")) {
				log.info("Drop {} was loaded before as load {}; reusing it", drop.folder(), load.loadId());
				return Optional.of(new LoadStart(load.loadId(), true));
			}
			if (load.ownerRun() != null && load.ownerRun() == run) {
				return Optional.of(new LoadStart(load.loadId(), false));
			}
			if (load.ownerRun() != null && runAlive.test(load.ownerRun())) {
				return Optional.empty();
			}
			delete(load.loadId(), "its run " + load.ownerRun() + " ended before it finished");
		}
		return Optional.of(new LoadStart(create(drop, run), false));
	}

	private long create(Drop drop, long run) {
		long loadId = this.jdbc
			.sql("""
					insert into extract_load (drop_folder, fingerprint, status, warnings, started_at, owner_run)
					values (:folder, :fingerprint, 'LOADING', :warnings, :now, :run) returning load_id""")
			.param("folder", drop.folder().toAbsolutePath().normalize().toString())
			.param("fingerprint", drop.fingerprint())
			.param("warnings", drop.warnings().toArray(String[]::new))
			.param("now", OffsetDateTime.now())
			.param("run", run)
			.query(Long.class)
			.single();
		for (DropFile file : drop.files()) {
			this.jdbc.sql("""
					insert into extract_file (load_id, file_name, table_name, size_bytes, sha256, ignored_columns,
					    ignored_column_count, lines)
					values (:loadId, :name, :table, :size, :sha256, :ignored, :ignoredCount, :lines)""")
				.param("loadId", loadId)
				.param("name", file.name())
				.param("table", file.table().tableName())
				.param("size", file.sizeBytes())
				.param("sha256", file.sha256())
				.param("ignored", ExtraColumns.firstNames(file))
				.param("ignoredCount", file.ignoredColumns().size())
				.param("lines", file.lines())
				.update();
		}
		this.partitions.create(loadId);
		return loadId;
	}

	/** How many of the load's rows are rejected so far. */
	public long rejectedRows(long loadId) {
		return this.jdbc.sql("select count(*) from rejected_row where load_id = :loadId")
			.param("loadId", loadId)
			.query(Long.class)
			.single();
	}

	/** Marks the load complete: from now on runs may use it. */
	public void finish(long loadId) {
		this.jdbc.sql("update extract_load set status = 'LOADED', finished_at = :now where load_id = :loadId")
			.param("now", OffsetDateTime.now())
			.param("loadId", loadId)
			.update();
	}

	/**
	 * Removes the unfinished load of a run whose process died (its rows are partial), and no
	 * other: a restart of that run loads its drop again. Returns how many were removed.
	 */
	public int removeUnfinished(long run) {
		return this.ownTransaction.execute(status -> {
			var loads = this.jdbc.sql("select load_id from extract_load where owner_run = :run and status = 'LOADING'")
				.param("run", run)
				.query(Long.class)
				.list();
			loads.forEach(load -> delete(load, "its run " + run + " stopped while loading"));
			return loads.size();
		});
	}

	private void delete(long loadId, String why) {
		log.info("Removing unfinished load {}: {}", loadId, why);
		this.partitions.drop(loadId);
		this.jdbc.sql("delete from extract_load where load_id = :loadId").param("loadId", loadId).update();
	}

	/** The load a run uses, and whether it was already there. */
	public record LoadStart(long loadId, boolean reused) {
	}

	record ExistingLoad(long loadId, String status, Long ownerRun) {
	}
}
