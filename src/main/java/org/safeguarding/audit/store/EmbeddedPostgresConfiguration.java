package org.safeguarding.audit.store;

import java.io.IOException;
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
 * is configured, so a fresh machine needs nothing installed. Its data survives restarts; one run
 * at a time uses a data folder, and connects with the folder's password.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** Taken before the server starts and released after it stops (the server's bean depends on it). */
	@Bean(destroyMethod = "close")
	StoreLock storeLock(StoreProperties properties) {
		return StoreLock.acquire(dataDir(properties));
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(StoreLock storeLock, StoreProperties properties) {
		Path dataDir = dataDir(properties);
		try {
			EmbeddedPostgres postgres = EmbeddedStore.start(dataDir, properties.durable());
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("could not start the embedded PostgreSQL with data in " + dataDir
					+ " (or set SPRING_DATASOURCE_URL): " + ex.getMessage(), ex);
		}
	}

	/**
	 * The pool on the embedded database, with the same {@code spring.datasource.hikari.*}
	 * settings (driver options, pool size) an external database gets from Spring Boot.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, StoreProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		dataSource.setUsername("postgres");
		dataSource.setPassword(StorePassword.readOrCreate(dataDir(properties)));
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	private static Path dataDir(StoreProperties properties) {
		return properties.dataDir().toAbsolutePath().normalize();
	}
}
