package org.safeguarding.audit.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema, first accepting the one landed migration that was once edited after it
 * landed: V8 as one build shipped it (with {@code drop_run_results}, since moved to V9) is
 * recorded with that build's checksum, which Flyway would otherwise refuse ("checksum mismatch")
 * and so stop the application on every database that build made. The two texts made the same
 * tables and functions but one, which V9 creates or replaces; no other checksum is touched.
 */
@Component
class EditedMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(EditedMigrations.class);

	/** V8's checksum as edited (build of 2026-11-24, stop 9), and as it first landed and is now. */
	static final int V8_EDITED = 666580607;

	static final int V8_LANDED = 1215781515;

	@Override
	public void migrate(Flyway flyway) {
		JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
		Boolean history = jdbc.queryForObject("select to_regclass('flyway_schema_history') is not null", Boolean.class);
		if (Boolean.TRUE.equals(history)) {
			int accepted = jdbc.update("update flyway_schema_history set checksum = ? where version = '8' and checksum = ?",
					V8_LANDED, V8_EDITED);
			if (accepted > 0) {
				log.info("Migration V8 as edited by an earlier build accepted as it landed (V9 holds the edit)");
			}
		}
		flyway.migrate();
	}
}
