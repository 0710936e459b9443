package org.safeguarding.audit.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks 2 (duplicate ids) and 3 (unknown references) of the extract format, set-based in
 * PostgreSQL so that memory does not grow with the drop. References are checked in dependency
 * order (persons, then what refers to them, then factors of assessments), which makes a
 * rejection cascade to every row that depends on the rejected one.
 */
@Component
public class ExtractResolver {

	/** One reference column of a table, checked in this order. */
	public record Reference(Table table, String column, Table target, String noun, String suffix) {
	}

	public static final List<Reference> REFERENCES = List.of(
			new Reference(Table.SSD_CIN_EPISODES, "cine_person_id", Table.SSD_PERSON, "person", ""),
			new Reference(Table.SSD_CP_PLANS, "cppl_person_id", Table.SSD_PERSON, "person", ""),
			new Reference(Table.SSD_CIN_ASSESSMENTS, "cina_person_id", Table.SSD_PERSON, "person", ""),
			new Reference(Table.EXT_PERSON_RELATIONSHIP, "rela_person_id", Table.SSD_PERSON, "person", ""),
			new Reference(Table.EXT_PERSON_RELATIONSHIP, "rela_related_person_id", Table.SSD_PERSON, "person",
					" in rela_related_person_id"),
			new Reference(Table.EXT_AGENCY_EVENTS, "evnt_person_id", Table.SSD_PERSON, "person", ""),
			new Reference(Table.EXT_AGENCY_EVENTS, "evnt_subject_person_id", Table.SSD_PERSON, "person",
					" in evnt_subject_person_id"),
			new Reference(Table.SSD_ASSESSMENT_FACTORS, "cinf_assessment_id", Table.SSD_CIN_ASSESSMENTS,
					"assessment", ""));

	/** Rejected rows a load adds before their statistics are gathered at once (analyzeRejectedRows). */
	static final long MANY_REJECTED_ROWS = 10_000;

	private final JdbcClient jdbc;

	private final ExtractPartitions partitions;

	public ExtractResolver(JdbcClient jdbc, ExtractPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
	}

	/**
	 * Indexes the load's partitions, runs checks 2 and 3 over them, and counts what became of
	 * every file's rows. The events (most of a drop) are checked on a second connection
	 * meanwhile, so both cores work: they depend on the persons' ids only, which the persons'
	 * own checks never change (a duplicate leaves its first row). Committed on its own, the
	 * events' work is kept by a restart of the same load ("if not exists"; rows once rejected
	 * are not found again) or dropped with an unfinished load.
	 */
	public void resolve(long loadId) {
		this.partitions.analyze(loadId);
		CompletableFuture<Void> events = this.partitions.inOwnTransaction("resolve-events",
				() -> resolveTables(List.of(Table.EXT_AGENCY_EVENTS), loadId));
		try {
			resolveTables(Arrays.stream(Table.values()).filter(table -> table != Table.EXT_AGENCY_EVENTS).toList(),
					loadId);
		}
		catch (RuntimeException ex) {
			events.handle((done, failure) -> null).join();
			throw ex;
		}
		await(events);
		this.jdbc.sql(SqlQueries.get("count-file-rows.sql")).param("loadId", loadId).update();
		for (Table table : Table.values()) {
			recount(table, loadId);
		}
		checkLines(loadId);
		analyzeRejectedRows(loadId);
	}

	/**
	 * Fresh planner statistics for the rejected rows when the load added many: planned without
	 * them, a page of the QA workbook's rejected-rows sheet (by file and line, the index's order)
	 * was planned for the default guess of a few thousand rows, as a sort of all the load's
	 * rejected rows — with a million rejected rows, every page sorted the million again. A load
	 * with few leaves the table to autovacuum: any plan reads a few rows.
	 */
	private void analyzeRejectedRows(long loadId) {
		long rejected = this.jdbc.sql("select coalesce(sum(rows_rejected), 0) from extract_file where load_id = :loadId")
			.param("loadId", loadId)
			.query(Long.class)
			.single();
		if (rejected >= MANY_REJECTED_ROWS) {
			this.jdbc.sql("analyze rejected_row").update();
		}
	}

	/**
	 * Proves that every physical line of every file was read as the header, a blank line or part
	 * of a record (which is then loaded or rejected): a record that swallowed lines it should not
	 * have still accounts for them, and its rejection names them.
	 */
	private void checkLines(long loadId) {
		List<String> unaccounted = this.jdbc.sql("""
				select file_name || ': ' || lines || ' lines, but the load read ' || header_lines || ' of header, '
				       || blank_lines || ' blank and ' || record_lines || ' of records'
				from extract_file
				where load_id = :loadId and lines is not null and lines <> header_lines + blank_lines + record_lines
				order by file_name collate "C\"""")
			.param("loadId", loadId)
			.query(String.class)
			.list();
		if (!unaccounted.isEmpty()) {
			throw new IllegalStateException("lines of load " + loadId + " unaccounted for: " + String.join("; ", unaccounted));
		}
	}

	/** Checks 2 and 3 for these tables, in the current transaction; their references' targets are loaded. */
	private void resolveTables(List<Table> tables, long loadId) {
		// Sorting a large load's ids in memory builds its indexes about a third faster than the
		// server default of 64 MB lets it; for this transaction only.
		this.jdbc.sql("set local maintenance_work_mem = '256MB'").update();
		for (Table table : tables) {
			if (!this.partitions.indexIdsIfUnique(table, loadId)) {
				this.jdbc.sql(SqlQueries.get("reject-duplicates.sql", Map.of("table", table.tableName(), "partition",
						ExtractPartitions.partition(table, loadId), "id", table.idColumn())))
					.param("loadId", loadId)
					.update();
				this.partitions.indexIds(table, loadId);
			}
			this.partitions.indexParents(table, loadId);
		}
		for (Reference reference : REFERENCES) {
			if (tables.contains(reference.table())) {
				rejectUnknown(reference, loadId);
			}
		}
	}

	/** Check 3 for one reference: found by a query PostgreSQL can run in parallel, then moved. */
	private void rejectUnknown(Reference reference, long loadId) {
		Map<String, String> names = Map.of("table", reference.table().tableName(), "partition",
				ExtractPartitions.partition(reference.table(), loadId), "id", reference.table().idColumn(), "column",
				reference.column(), "target", reference.target().tableName(), "target_partition",
				ExtractPartitions.partition(reference.target(), loadId), "target_id", reference.target().idColumn(),
				"noun", reference.noun(), "suffix", reference.suffix());
		this.jdbc.sql(SqlQueries.get("find-unknown-references.sql", names)).update();
		if (this.jdbc.sql("select exists (select 1 from unknown_reference)").query(Boolean.class).single()) {
			this.jdbc.sql(SqlQueries.get("reject-unknown-references.sql", names)).param("loadId", loadId).update();
		}
		this.jdbc.sql("drop table unknown_reference").update();
	}

	/** Waits for the events' checks; their failure is the resolve's. */
	private static void await(CompletableFuture<Void> events) {
		try {
			events.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause
					: new IllegalStateException("Cannot check the load's events", ex.getCause());
		}
	}

	/** Proves that the table holds exactly the rows its files say were loaded. */
	private void recount(Table table, long loadId) {
		long stored = this.jdbc.sql("select count(*) from " + ExtractPartitions.partition(table, loadId))
			.query(Long.class)
			.single();
		long loaded = this.jdbc
			.sql("select coalesce(sum(rows_loaded), 0) from extract_file where load_id = :loadId and table_name = :table")
			.param("loadId", loadId)
			.param("table", table.tableName())
			.query(Long.class)
			.single();
		if (stored != loaded) {
			throw new IllegalStateException(table.tableName() + " holds " + stored + " rows of load " + loadId
					+ " but its files' rows read minus rows rejected make " + loaded);
		}
	}
}
