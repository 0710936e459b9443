package org.safeguarding.audit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.safeguarding.audit.extract.ExtractResolver;
import org.safeguarding.audit.extract.Table;
import org.safeguarding.audit.store.SqlQueries;

/**
 * The benchmark's second yardstick: after the plain COPY of a drop, the least further work in
 * PostgreSQL that any design of the job must do with it, whatever its code. Each step is the
 * cheapest form measured of a duty the spec gives the job: check 2 of the extract format (a
 * unique index on each table's id; a grouping query took twice as long), check 3 (the job's own
 * anti-join per reference, {@code find-unknown-references.sql}), reading every loaded row once (no order, no join, no rule), storing the run's
 * outcomes ({@code case-results.csv} copied in) and writing them out once. The events (most of a
 * drop) are worked on a second connection beside the other tables, as the job does. No rule is
 * evaluated and no report drawn: the job's end to end can only be above COPY plus this.
 */
final class LeastWork {

	static final String OUTCOMES_TABLE = "bench_copy_case_results";

	private LeastWork() {
	}

	/** Seconds of the least work on tables already COPYed, one per extract table ({@code copyTable}). */
	static double seconds(DataSource dataSource, Set<Table> tables, Path caseResults) throws Exception {
		Set<Table> events = EnumSet.of(Table.EXT_AGENCY_EVENTS);
		events.retainAll(tables);
		Set<Table> others = EnumSet.copyOf(tables);
		others.removeAll(events);
		long start = System.nanoTime();
		CompletableFuture<Void> beside = CompletableFuture.runAsync(() -> {
			try {
				checkAndRead(dataSource, events, tables);
			}
			catch (SQLException ex) {
				throw new CompletionException(ex);
			}
		});
		checkAndRead(dataSource, others, tables);
		beside.join();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			sql.execute("create table " + OUTCOMES_TABLE
					+ " (case_id text, team text, criterion text, outcome text, evidence text)");
			try (Reader in = Files.newBufferedReader(caseResults, StandardCharsets.UTF_8)) {
				copy.copyIn("copy " + OUTCOMES_TABLE + " from stdin (format csv, header true)", in);
			}
			copy.copyOut("copy " + OUTCOMES_TABLE + " to stdout (format csv, header true)", OutputStream.nullOutputStream());
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** Checks 2 and 3 on these tables (their references' targets among {@code loaded}), then reads them once. */
	private static void checkAndRead(DataSource dataSource, Set<Table> these, Set<Table> loaded) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("set maintenance_work_mem = '256MB'");
			for (Table table : these) {
				sql.execute("create unique index on " + CopyBaseline.copyTable(table) + " (" + table.idColumn() + ")");
			}
			for (ExtractResolver.Reference reference : ExtractResolver.REFERENCES) {
				if (these.contains(reference.table()) && loaded.contains(reference.target())) {
					// The job's own query for check 3, on the COPY's tables.
					sql.execute(SqlQueries.get("find-unknown-references.sql",
							Map.of("partition", CopyBaseline.copyTable(reference.table()), "column", reference.column(),
									"target_partition", CopyBaseline.copyTable(reference.target()), "target_id",
									reference.target().idColumn(), "noun", reference.noun())));
					sql.execute("drop table unknown_reference");
				}
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (Table table : these) {
				copy.copyOut("copy " + CopyBaseline.copyTable(table) + " to stdout", OutputStream.nullOutputStream());
			}
			sql.execute("reset maintenance_work_mem");
		}
		catch (IOException ex) {
			throw new SQLException("Cannot read a copied table back", ex);
		}
	}

	static void dropOutcomes(Statement sql) throws SQLException {
		sql.execute("drop table if exists " + OUTCOMES_TABLE);
	}
}
