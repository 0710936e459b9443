package org.safeguarding.audit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.SafeguardingAuditApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store holds every case-level record: no local user gets in without the data
 * folder's password, and a commit is on disk before it is acknowledged, except in throwaway
 * test databases. A folder made by an earlier build, which trusted every local user, is given
 * a password in place and keeps its data.
 */
class EmbeddedStoreIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void aNewFolderAsksEveryConnectionForAPasswordKeptReadableByItsOwnerOnly() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		try (ConfigurableApplicationContext context = start(dataDir, true)) {
			int port = context.getBean(EmbeddedPostgres.class).getPort();
			Path passwordFile = this.temp.resolve("postgres.password");
			assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String password = Files.readString(passwordFile).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(40);

			assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> connect(port, "postgres")).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			connect(port, password).close();
			assertThat(jdbc(context).sql("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")
				.query(Long.class)
				.single()).as("no rule trusts anyone").isZero();
		}
	}

	@Test
	void commitsWaitForTheDiskByDefault() {
		try (ConfigurableApplicationContext context = start(this.temp.resolve("postgres"), true)) {
			assertThat(setting(context, "fsync")).isEqualTo("on");
			assertThat(setting(context, "synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void aThrowawayTestStoreNeedNotWaitForTheDisk() {
		try (ConfigurableApplicationContext context = start(this.temp.resolve("postgres"), false)) {
			assertThat(setting(context, "fsync")).isEqualTo("off");
			assertThat(setting(context, "synchronous_commit")).isEqualTo("off");
		}
	}

	@Test
	void aFolderOfTheEarlierBuildThatTrustedEveryoneIsGivenAPasswordInPlaceAndKeepsItsData() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient.create(earlier.getPostgresDatabase()).sql("create schema earlier; create table earlier.kept (note text)").update();
			JdbcClient.create(earlier.getPostgresDatabase()).sql("insert into earlier.kept values ('before')").update();
		}
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");
		assertThat(this.temp.resolve("postgres.password")).doesNotExist();

		try (ConfigurableApplicationContext context = start(dataDir, true)) {
			assertThat(jdbc(context).sql("select note from earlier.kept").query(String.class).list()).containsExactly("before");
			int port = context.getBean(EmbeddedPostgres.class).getPort();
			assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
		}
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
		try (ConfigurableApplicationContext again = start(dataDir, true)) {
			assertThat(jdbc(again).sql("select note from earlier.kept").query(String.class).list()).as("and restarts")
				.containsExactly("before");
		}
	}

	@Test
	void aFolderWhosePasswordFileIsMissingIsRefusedSayingWhatToDo() throws Exception {
		Path dataDir = this.temp.resolve("postgres");
		start(dataDir, false).close();
		Files.delete(this.temp.resolve("postgres.password"));

		assertThatThrownBy(() -> start(dataDir, false)).rootCause()
			.hasMessage("the embedded PostgreSQL in " + dataDir + " asks for a password, but its file " + dataDir
					+ ".password is missing: restore it, or move the data folder away to start a new store");
	}

	private static java.sql.Connection connect(int port, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
	}

	private static String setting(ConfigurableApplicationContext context, String name) {
		return jdbc(context).sql("select current_setting(?)").param(name).query(String.class).single();
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	static ConfigurableApplicationContext start(Path dataDir, boolean durable) {
		return new SpringApplicationBuilder(SafeguardingAuditApplication.class).logStartupInfo(false)
			.run("--audit.store.data-dir=" + dataDir, "--audit.store.durable=" + durable);
	}
}
