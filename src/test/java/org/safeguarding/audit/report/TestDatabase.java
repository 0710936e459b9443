package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** One embedded PostgreSQL for the report integration tests, migrated with the project's own scripts (no Spring context). */
final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private static SingleConnectionDataSource dataSource;

	private TestDatabase() {
	}

	static synchronized DataSource dataSource() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("filesystem:sql/migration")
				.load()
				.migrate();
			// One connection for every test: the embedded server's own data source opens one per statement.
			dataSource = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), true);
		}
		return dataSource;
	}

	private static void stop() {
		dataSource.destroy();
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the data folder is temporary.
		}
	}
}
