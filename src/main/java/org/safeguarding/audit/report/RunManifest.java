package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.extract.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code manifest.json}: what a run was (tool, period, drop), what its drop became (rows read,
 * loaded and rejected per table and per file), and the SHA-256 of every other published file,
 * so operators and tools can check a folder is complete and unaltered.
 */
@Component
public class RunManifest {

	static final String FILE_NAME = "manifest.json";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final JdbcClient jdbc;

	public RunManifest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the manifest of the run into {@code dir}, hashing the named files there; returns its name. */
	String write(long runId, long jobExecutionId, Path dir, List<String> files) {
		Map<String, Object> run = this.jdbc.sql("""
				select a.run_id, a.period, a.tool_id, a.tool_version, a.tool_title, a.tool_sha256, a.cases_audited,
				       a.started_at, l.load_id, coalesce(a.drop_folder, l.drop_folder) as drop_folder,
				       l.drop_folder as loaded_from, l.fingerprint, coalesce(a.warnings, l.warnings) as warnings
				from audit_run a join extract_load l on l.load_id = a.load_id where a.run_id = :runId""")
			.param("runId", runId)
			.query()
			.singleRow();
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("manifest_version", 1);
		manifest.put("run_id", runId);
		manifest.put("job_execution_id", jobExecutionId);
		manifest.put("period", run.get("period"));
		manifest.put("tool", inOrder("id", run.get("tool_id"), "version", run.get("tool_version"), "title",
				run.get("tool_title"), "sha256", run.get("tool_sha256")));
		manifest.put("extract", extract(run));
		manifest.put("counts", counts(run));
		manifest.put("started_at", time(((java.sql.Timestamp) run.get("started_at")).toInstant()));
		manifest.put("finished_at", time(Instant.now()));
		Map<String, String> hashes = new LinkedHashMap<>();
		for (String file : files) {
			hashes.put(file, Sha256.of(dir.resolve(file)));
		}
		manifest.put("files", hashes);
		try {
			Files.writeString(dir.resolve(FILE_NAME), json.writeValueAsString(manifest) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return FILE_NAME;
	}

	/**
	 * Keys and values, kept in the order given: the same run always writes its keys in the same
	 * order (an immutable {@code Map.of} iterates in an order that changes from one JVM to the next).
	 */
	private static Map<String, Object> inOrder(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * An instant in one form for every time of the manifest: ISO 8601 to the millisecond, with the
	 * offset of the machine's time zone written out ({@code 2026-11-02T06:00:01.250+00:00}).
	 */
	static String time(Instant instant) {
		return TIME.format(instant.atZone(ZoneId.systemDefault()));
	}

	/**
	 * The drop this run was given (its folder and warnings; the load it used may have been made
	 * from the same files in another folder, {@code loaded_from}), and what became of each file's
	 * rows and physical lines: header, blank, loaded and rejected lines add up to its lines.
	 */
	private Map<String, Object> extract(Map<String, Object> run) {
		Map<String, Object> extract = new LinkedHashMap<>();
		extract.put("folder", run.get("drop_folder"));
		extract.put("fingerprint", run.get("fingerprint"));
		extract.put("load_id", run.get("load_id"));
		extract.put("warnings", warnings(run.get("warnings")));
		extract.put("files", this.jdbc.sql("""
				select file_name as name, table_name as table, size_bytes, sha256, rows_read, rows_loaded,
				       rows_rejected, ignored_columns, ignored_column_count, lines, header_lines, blank_lines,
				       record_lines - lines_rejected as lines_loaded, lines_rejected
				from extract_file where load_id = :loadId order by file_name collate "C\"""")
			.param("loadId", run.get("load_id"))
			.query()
			.listOfRows());
		extract.put("loaded_from", run.get("loaded_from"));
		return extract;
	}

	private Map<String, Object> counts(Map<String, Object> run) {
		Map<String, Object> tables = new LinkedHashMap<>();
		this.jdbc.sql("""
				select table_name, sum(rows_read) as rows_read, sum(rows_loaded) as rows_loaded,
				       sum(rows_rejected) as rows_rejected
				from extract_file where load_id = :loadId group by table_name order by table_name""")
			.param("loadId", run.get("load_id"))
			.query()
			.listOfRows()
			.forEach(row -> tables.put((String) row.get("table_name"), inOrder("rows_read", row.get("rows_read"),
					"rows_loaded", row.get("rows_loaded"), "rows_rejected", row.get("rows_rejected"))));
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("tables", tables);
		counts.put("cases_audited", run.get("cases_audited"));
		return counts;
	}

	private static List<String> warnings(Object array) {
		try {
			return (array instanceof java.sql.Array sql) ? List.of((String[]) sql.getArray()) : List.of();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
