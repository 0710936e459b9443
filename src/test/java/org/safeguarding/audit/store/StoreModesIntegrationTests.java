package org.safeguarding.audit.store;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.SafeguardingAuditApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both ways of finding PostgreSQL: the embedded default, whose data survives a restart, and an
 * external server named by {@code spring.datasource.url} (here a second embedded instance the
 * test starts itself), where the application starts no database of its own.
 */
class StoreModesIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void embeddedDatabaseKeepsItsDataAcrossRestarts() {
		String dataDir = "--audit.store.data-dir=" + this.temp.resolve("postgres");
		try (ConfigurableApplicationContext first = start(dataDir)) {
			assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
			assertThat(planCacheMode(first)).as("statements planned for their own values").isEqualTo("force_custom_plan");
			first.getBean(JdbcClient.class)
				.sql("insert into extract_load (drop_folder, fingerprint, status, started_at) values ('d', repeat('a', 64), 'LOADED', now())")
				.update();
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(second.getBean(JdbcClient.class).sql("select drop_folder from extract_load").query(String.class).list())
				.containsExactly("d");
		}
		assertThat(this.temp.resolve("postgres").resolve("PG_VERSION")).exists();
	}

	@Test
	void externalDatabaseIsUsedWhenConfigured() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext context = start(
						"--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
						"--spring.datasource.username=postgres",
						"--audit.store.data-dir=" + this.temp.resolve("unused"))) {
			assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			assertThat(planCacheMode(context)).isEqualTo("force_custom_plan");
			JdbcClient direct = JdbcClient.create(external.getPostgresDatabase());
			assertThat(direct.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
				.isGreaterThanOrEqualTo(4);
			assertThat(direct.sql("select to_regclass('batch_job_instance') is not null").query(Boolean.class).single())
				.isTrue();
		}
		assertThat(this.temp.resolve("unused")).doesNotExist();
	}

	private static String planCacheMode(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("show plan_cache_mode").query(String.class).single();
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(SafeguardingAuditApplication.class).logStartupInfo(false).run(args);
	}
}
