package org.safeguarding.audit.bench;

import org.safeguarding.audit.run.RunFailures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.safeguarding.audit.extract.Table;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's yardstick: the same CSV files loaded by plain PostgreSQL {@code COPY ... CSV
 * HEADER} into tables with the same column types (one per extract table, as the job's), on the
 * same database, without any checks; then, on those tables, the least further work any design
 * must do ({@link LeastWork}).
 */
final class CopyBaseline {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	CopyBaseline(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Seconds of the plain COPY, and of the COPY with the least work after it. */
	record Yardsticks(double copySeconds, double leastWorkSeconds) {
	}

	/**
	 * Times the plain COPY of every file of the drop into fresh equivalent tables, then the least
	 * work on them with the run's {@code case-results.csv}; the tables are dropped afterwards.
	 */
	Yardsticks measure(Path drop, Path caseResults) throws Exception {
		List<Path> files;
		try (var list = Files.list(drop)) {
			files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
		Set<Table> tables = new LinkedHashSet<>();
		try (Connection connection = this.dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try {
				long start = System.nanoTime();
				sql.execute("set datestyle = 'ISO, DMY'");
				for (Path file : files) {
					Table table = Table.forFileName(file.getFileName().toString()).orElseThrow();
					List<String> header = header(file);
					if (tables.add(table)) {
						sql.execute("drop table if exists " + copyTable(table));
						sql.execute("create table " + copyTable(table) + " (" + columns(table, header) + ")");
					}
					try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						connection.unwrap(PGConnection.class)
							.getCopyAPI()
							.copyIn("copy " + copyTable(table) + " (" + String.join(", ", header)
									+ ") from stdin (format csv, header true)", in);
					}
				}
				sql.execute("reset datestyle");
				double copySeconds = (System.nanoTime() - start) / 1e9;
				return new Yardsticks(copySeconds, copySeconds + LeastWork.seconds(this.dataSource, tables, caseResults));
			}
			catch (SQLException ex) {
				// Plain COPY and unique indexes take only clean files: no bad rows, no repeated ids.
				// Not chained: the command line reports the deepest database error, without this.
				throw new IllegalStateException("the COPY yardsticks need a drop without bad rows, as the benchmark "
						+ "generates; " + drop + ": " + RunFailures.oneLine(ex));
			}
			finally {
				for (Table table : Table.values()) {
					sql.execute("drop table if exists " + copyTable(table));
				}
				LeastWork.dropOutcomes(sql);
			}
		}
	}

	static String copyTable(Table table) {
		return "bench_copy_" + table.tableName();
	}

	private String columns(Table table, List<String> header) {
		Map<String, String> types = this.jdbc
			.sql("select column_name, data_type from information_schema.columns where table_name = :table")
			.param("table", table.tableName())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return header.stream()
			.map(name -> name + " " + types.getOrDefault(name, "text").replace("ARRAY", "text"))
			.collect(Collectors.joining(", "));
	}

	private static List<String> header(Path file) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return List.of(in.readLine().replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(","));
		}
	}

	/** The process's peak resident memory (VmHWM), in kB; 0 where /proc is not available. */
	static long peakRssKb() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith("VmHWM:"))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException ex) {
			return 0;
		}
	}
}
