package org.safeguarding.audit.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partitions that hold one load's rows, one per extract table, named
 * {@code <table>_load_<loadId>} (migration V5). They are created empty and without indexes, so
 * that COPY only appends; each gets its indexes once its rows are in: a unique one on the row's
 * id, which is also the cheapest test for duplicate ids, and one on the column naming the row's
 * person (or assessment) then the id, the order in which the case reader reads the rows.
 */
@Component
class ExtractPartitions {

	/**
	 * The column each table's rows hang from, indexed for lookups: its first reference (the
	 * child, or the assessment); none for persons.
	 */
	private static final Map<Table, String> PARENT_COLUMNS = ExtractResolver.REFERENCES.stream()
		.collect(Collectors.toMap(ExtractResolver.Reference::table, ExtractResolver.Reference::column,
				(first, later) -> first, () -> new EnumMap<>(Table.class)));

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	private final TransactionTemplate ownTransaction;

	/** The runs' one managed executor (the run engine's), not a thread of its own per task. */
	private final Executor workers;

	ExtractPartitions(JdbcClient jdbc, PlatformTransactionManager transactionManager,
			@Qualifier("auditWorkers") Executor workers) {
		this.jdbc = jdbc;
		this.workers = workers;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The partition of {@code table} that holds load {@code loadId}'s rows. */
	static String partition(Table table, long loadId) {
		return table.partition(loadId);
	}


	/** Creates the load's empty partitions. */
	void create(long loadId) {
		for (Table table : Table.values()) {
			this.jdbc.sql("create table " + partition(table, loadId) + " partition of " + table.tableName()
					+ " for values in (" + loadId + ")").update();
		}
	}

	/** Drops the load's partitions, those that exist. */
	void drop(long loadId) {
		for (Table table : Table.values()) {
			this.jdbc.sql("drop table if exists " + partition(table, loadId)).update();
		}
	}

	/**
	 * Fresh planner statistics for the load's partitions, after their rows are in, committed at
	 * once in a transaction of their own: checks 2 and 3 then run on two connections, and each
	 * must see the statistics of tables the other checks (an anti-join planned without the
	 * persons' statistics was a sorting merge join, twice as slow).
	 */
	void analyze(long loadId) {
		this.ownTransaction.executeWithoutResult(status -> {
			for (Table table : Table.values()) {
				this.jdbc.sql("analyze " + partition(table, loadId)).update();
			}
		});
	}

	/**
	 * Builds the unique index on the table's id, unless two rows share an id; then nothing is
	 * built and false is returned, so the duplicates can be rejected first.
	 */
	boolean indexIdsIfUnique(Table table, long loadId) {
		try {
			this.savepoint.executeWithoutResult(status -> indexIds(table, loadId));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Builds the unique index on the table's id; fails if two rows share one. An index already
	 * there was committed by an earlier attempt at the same load, on its unique ids.
	 */
	void indexIds(Table table, long loadId) {
		String partition = partition(table, loadId);
		this.jdbc.sql("create unique index if not exists " + partition + "_id on " + partition + " ("
				+ table.idColumn() + ")").update();
	}

	/**
	 * Builds the index on the column naming the rows' person or assessment, then id; for persons,
	 * the index on the id's letters-and-digits-only, lower-case form (migration V42), by which
	 * free text written for the board is checked for person ids.
	 */
	void indexParents(Table table, long loadId) {
		String column = PARENT_COLUMNS.get(table);
		if (table == Table.SSD_PERSON) {
			String partition = partition(table, loadId);
			this.jdbc.sql("create index if not exists " + partition + "_normalised on " + partition + " ("
					+ Table.NORMALISED_PERSON_ID + ")").update();
		}
		if (column != null) {
			String partition = partition(table, loadId);
			this.jdbc.sql("create index if not exists " + partition + "_ref on " + partition + " (" + column + ", "
					+ table.idColumn() + ")").update();
		}
	}

	/**
	 * Runs {@code work} on a thread, connection and transaction of its own, committed when it
	 * ends; the future fails with its exception.
	 */
	CompletableFuture<Void> inOwnTransaction(String name, Runnable work) {
		return CompletableFuture.runAsync(() -> this.ownTransaction.executeWithoutResult(status -> work.run()),
				this.workers);
	}
}
