package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.safeguarding.audit.extract.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code database} source: the tables of extract-format.md read from a PostgreSQL schema with
 * plain {@code SELECT}s in one read-only, repeatable-read transaction (so every table is the
 * same snapshot, however long the pull takes), written as the drop's CSV files into a temporary
 * folder that is renamed whole. A database always holds its tables, so every period has a drop:
 * which records count for the period is the audit's rule ("as at the end of the period"), not the
 * pull's.
 */
final class DatabaseSource implements DropSource {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSource.class);

	private static final Driver DRIVER = new Driver();

	private final SourceDefinition.Database definition;

	private final SourcesProperties settings;

	private final EnvironmentVariables env;

	private final Clock clock;

	DatabaseSource(SourceDefinition.Database definition, SourcesProperties settings, EnvironmentVariables env,
			Clock clock) {
		this.definition = definition;
		this.settings = settings;
		this.env = env;
		this.clock = clock;
	}

	@Override
	public boolean hasDropFor(YearMonth period) {
		return true;
	}

	@Override
	public Path pull(YearMonth period, Path pulls) {
		String schema = this.definition.schema();
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set transaction isolation level repeatable read, read only");
			}
			List<SourceTable> tables = new ArrayList<>();
			for (Table table : Table.values()) {
				tables.add(SourceTable.find(connection, schema, table));
			}
			try (PullFolder pull = PullFolder.create(pulls, this.clock)) {
				long rows = 0;
				for (SourceTable table : tables) {
					rows += TableCsv.write(connection, table, pull.path().resolve(table.fileName()));
				}
				connection.commit();
				Path kept = pull.keep();
				log.info("Pulled {} tables ({} rows) from the database schema {} into {}", tables.size(), rows, schema,
						kept);
				return kept;
			}
		}
		catch (SQLException | IOException ex) {
			throw new DropPullException("database schema " + schema + ": the pull failed (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A connection with the job's credentials and the time-outs of {@link SourcesProperties}. A
	 * failure names the environment variables, never their values (an URL may hold a password).
	 */
	private Connection connect() {
		String url = this.env.require(this.definition.urlEnv(), "url-env");
		Properties properties = new Properties();
		PGProperty.USER.set(properties, this.env.require(this.definition.usernameEnv(), "username-env"));
		PGProperty.PASSWORD.set(properties, this.env.require(this.definition.passwordEnv(), "password-env"));
		PGProperty.CONNECT_TIMEOUT.set(properties, seconds(this.settings.connectTimeout().toSeconds()));
		PGProperty.LOGIN_TIMEOUT.set(properties, seconds(this.settings.authTimeout().toSeconds()));
		PGProperty.SOCKET_TIMEOUT.set(properties, seconds(this.settings.readTimeout().toSeconds()));
		PGProperty.APPLICATION_NAME.set(properties, "safeguarding-audit");
		try {
			Connection connection = DRIVER.connect(url, properties);
			if (connection == null) {
				throw new DropPullException("source.url-env: the environment variable " + this.definition.urlEnv()
						+ " does not hold a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
			}
			return connection;
		}
		catch (SQLException ex) {
			String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
			String reason = state.startsWith("28") ? "the server refused the user name and password of "
					+ this.definition.usernameEnv() + " and " + this.definition.passwordEnv() : ex.getMessage();
			throw new DropPullException("database schema " + this.definition.schema()
					+ ": cannot connect to the database of " + this.definition.urlEnv() + " (" + reason + ")", ex);
		}
	}

	private static int seconds(long seconds) {
		return (int) Math.max(1, Math.min(seconds, Integer.MAX_VALUE));
	}
}
