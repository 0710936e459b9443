package org.safeguarding.audit.extract;

import java.util.List;
import java.util.Map;

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
	record Reference(Table table, String column, Table target, String noun, String suffix) {
	}

	static final List<Reference> REFERENCES = List.of(
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

	private final JdbcClient jdbc;

	public ExtractResolver(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs checks 2 and 3 over the load and counts what became of every file's rows. */
	public void resolve(long loadId) {
		analyze();
		for (Table table : Table.values()) {
			this.jdbc.sql(SqlQueries.get("reject-duplicates.sql",
					Map.of("table", table.tableName(), "id", table.idColumn())))
				.param("loadId", loadId)
				.update();
		}
		for (Reference reference : REFERENCES) {
			this.jdbc.sql(SqlQueries.get("reject-unknown-references.sql", Map.of("table",
					reference.table().tableName(), "id", reference.table().idColumn(), "column", reference.column(),
					"target", reference.target().tableName(), "target_id", reference.target().idColumn(), "noun",
					reference.noun(), "suffix", reference.suffix())))
				.param("loadId", loadId)
				.update();
		}
		this.jdbc.sql(SqlQueries.get("count-file-rows.sql")).param("loadId", loadId).update();
		List<String> lost = this.jdbc
			.sql("select file_name from extract_file where load_id = :loadId and rows_read <> rows_loaded + rows_rejected")
			.param("loadId", loadId)
			.query(String.class)
			.list();
		if (!lost.isEmpty()) {
			throw new IllegalStateException("rows read and rows loaded + rejected differ for " + lost);
		}
	}

	/** Fresh statistics after a bulk load, so the planner picks hash joins and index scans that fit. */
	private void analyze() {
		for (Table table : Table.values()) {
			this.jdbc.sql("analyze " + table.tableName()).update();
		}
	}
}
