package org.safeguarding.audit.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A database made by the build that shipped V8 edited still starts, and gets V9. */
class EditedMigrationsIntegrationTests {

	@Test
	void aDatabaseWithV8AsEditedIsAcceptedAndMigratedOn() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			flyway(postgres, "8").migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			assertThat(checksum(jdbc)).isEqualTo(EditedMigrations.V8_LANDED);
			// As that build recorded it:
			jdbc.sql("update flyway_schema_history set checksum = :edited where version = '8'")
				.param("edited", EditedMigrations.V8_EDITED)
				.update();
			assertThatExceptionOfType(org.flywaydb.core.api.FlywayException.class)
				.as("what Flyway alone does with it").isThrownBy(() -> flyway(postgres, "9").migrate())
				.withMessageContaining("checksum mismatch for migration version 8");

			new EditedMigrations().migrate(flyway(postgres, "9"));

			assertThat(checksum(jdbc)).isEqualTo(EditedMigrations.V8_LANDED);
			assertThat(jdbc.sql("select max(version::int) from flyway_schema_history where success").query(Integer.class)
				.single()).isEqualTo(9);
			assertThat(jdbc.sql("select to_regprocedure('drop_run_results(bigint)') is not null").query(Boolean.class)
				.single()).isTrue();
		}
	}

	@Test
	void anyOtherEditIsStillRefused() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			flyway(postgres, "8").migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("update flyway_schema_history set checksum = 42 where version = '8'").update();

			assertThatExceptionOfType(org.flywaydb.core.api.FlywayException.class)
				.isThrownBy(() -> new EditedMigrations().migrate(flyway(postgres, "9")))
				.withMessageContaining("checksum mismatch for migration version 8");
		}
	}

	private static Integer checksum(JdbcClient jdbc) {
		return jdbc.sql("select checksum from flyway_schema_history where version = '8'").query(Integer.class).single();
	}

	private static Flyway flyway(EmbeddedPostgres postgres, String target) {
		return Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.locations("classpath:sql/migration")
			.target(MigrationVersion.fromVersion(target))
			.load();
	}
}
