package org.safeguarding.audit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL on a data folder the caller holds the {@link StoreLock} of: an
 * orphaned server of the folder is stopped first; a new folder is made with password
 * authentication from {@code initdb} on; a folder of an earlier build that trusted every local
 * user is given its password in place. Commits wait for the disk unless {@code durable} is false.
 */
final class EmbeddedStore {

	private EmbeddedStore() {
	}

	static EmbeddedPostgres start(Path dataDir, boolean durable) throws IOException {
		StaleServer.stop(dataDir);
		boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
		boolean trusting = !fresh && TrustUpgrade.trusts(dataDir);
		if (!fresh && !trusting && !Files.exists(StorePassword.file(dataDir))) {
			throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " asks for a password, but its file "
					+ StorePassword.file(dataDir) + " is missing: restore it, or move the data folder away to start a new store");
		}
		String password = StorePassword.readOrCreate(dataDir);
		String commit = durable ? "on" : "off";
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_wal_size", "2GB")
			// zonky starts the server with -F (no fsync); a later -c setting overrides it.
			.setServerConfig("fsync", commit)
			.setServerConfig("synchronous_commit", commit)
			// zonky's readiness check connects with these settings, so it gives the password too.
			.setConnectConfig("password", password);
		if (fresh) {
			// Passed to initdb after zonky's own "-A trust": the later option wins.
			builder.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", StorePassword.file(dataDir).toString());
		}
		EmbeddedPostgres postgres = builder.start();
		if (trusting) {
			try {
				TrustUpgrade.apply(dataDir, postgres.getPostgresDatabase(), password);
			}
			catch (RuntimeException ex) {
				postgres.close();
				throw ex;
			}
		}
		return postgres;
	}
}
