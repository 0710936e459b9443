package org.safeguarding.audit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password authentication for a data folder made by an earlier build, whose {@code pg_hba.conf}
 * trusted every local user: the superuser gets the folder's password, and the file then asks
 * every connection (TCP and socket) for it. Done in place, with the data kept; a folder already
 * asking for passwords is left as it is.
 */
final class TrustUpgrade {

	private static final Logger log = LoggerFactory.getLogger(TrustUpgrade.class);

	/** What a data folder's {@code pg_hba.conf} holds from now on. */
	static final List<String> PASSWORD_ONLY = List.of(
			"# Written by safeguarding-audit: every connection must give the password kept beside the data folder.",
			"# TYPE  DATABASE        USER            ADDRESS                 METHOD",
			"local   all             all                                     scram-sha-256",
			"host    all             all             127.0.0.1/32            scram-sha-256",
			"host    all             all             ::1/128                 scram-sha-256");

	private TrustUpgrade() {
	}

	/** Whether the folder's {@code pg_hba.conf} trusts anyone (lets them in without a password). */
	static boolean trusts(Path dataDir) {
		Path hba = dataDir.resolve("pg_hba.conf");
		try {
			return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + hba + ": " + ex.getMessage(), ex);
		}
	}

	/** Sets the superuser's password on the running (still trusting) server, then stops trusting. */
	static void apply(Path dataDir, DataSource server, String password) {
		try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
			// The password is the file's base64url text: letters, digits, '-' and '_' only.
			statement.execute("alter role postgres password '" + password + "'");
			Path hba = dataDir.resolve("pg_hba.conf");
			Path temp = dataDir.resolve("pg_hba.conf.new");
			Files.write(temp, PASSWORD_ONLY, StandardCharsets.UTF_8);
			Files.move(temp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot set a password on the embedded PostgreSQL in " + dataDir + ": "
					+ ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot rewrite " + dataDir.resolve("pg_hba.conf") + ": " + ex.getMessage(), ex);
		}
		log.warn("The embedded PostgreSQL in {} trusted every local user; it now asks for the password kept in {}",
				dataDir, StorePassword.file(dataDir));
	}
}
