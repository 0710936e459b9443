package org.safeguarding.audit.extract;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of each drop loaded. A drop is known by its fingerprint: the same drop is loaded
 * once and reused by every later run; a load that never finished is removed and done again.
 * Its rows live in partitions of their own ({@link ExtractPartitions}), created here.
 */
@Component
public class ExtractLoads {

	private static final Logger log = LoggerFactory.getLogger(ExtractLoads.class);

	private final JdbcClient jdbc;

	private final ExtractPartitions partitions;

	public ExtractLoads(JdbcClient jdbc, ExtractPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
	}

	/** A load to use for the drop: an existing finished one, or a new one with its files recorded. */
	@Transactional
	public LoadStart begin(Drop drop) {
		Optional<ExistingLoad> existing = this.jdbc
			.sql("select load_id, status from extract_load where fingerprint = :fingerprint for update")
			.param("fingerprint", drop.fingerprint())
			.query(ExistingLoad.class)
			.optional();
		if (existing.isPresent() && existing.get().status().equals("LOADED")) {
			log.info("Drop {} was loaded before as load {}; reusing it", drop.folder(), existing.get().loadId());
			return new LoadStart(existing.get().loadId(), true);
		}
		existing.ifPresent(load -> delete(load.loadId()));
		long loadId = this.jdbc
			.sql("""
					insert into extract_load (drop_folder, fingerprint, status, warnings, started_at)
					values (:folder, :fingerprint, 'LOADING', :warnings, :now) returning load_id""")
			.param("folder", drop.folder().toAbsolutePath().normalize().toString())
			.param("fingerprint", drop.fingerprint())
			.param("warnings", drop.warnings().toArray(String[]::new))
			.param("now", OffsetDateTime.now())
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
		return new LoadStart(loadId, false);
	}

	/** Marks the load complete: from now on runs may use it. */
	public void finish(long loadId) {
		this.jdbc.sql("update extract_load set status = 'LOADED', finished_at = :now where load_id = :loadId")
			.param("now", OffsetDateTime.now())
			.param("loadId", loadId)
			.update();
	}

	private void delete(long loadId) {
		log.info("Removing unfinished load {} before loading its drop again", loadId);
		this.partitions.drop(loadId);
		this.jdbc.sql("delete from extract_load where load_id = :loadId").param("loadId", loadId).update();
	}

	/** The load a run uses, and whether it was already there. */
	public record LoadStart(long loadId, boolean reused) {
	}

	record ExistingLoad(long loadId, String status) {
	}
}
