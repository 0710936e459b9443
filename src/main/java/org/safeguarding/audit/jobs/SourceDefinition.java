package org.safeguarding.audit.jobs;

import java.nio.file.Path;
import java.time.Duration;

/** Where a job's drops come from (jobs.md, "Sources"): every kind ends in a local drop folder. */
public sealed interface SourceDefinition {

	/** {@code folder}, {@code sftp} or {@code database}. */
	String kind();

	/**
	 * A local folder holding one folder per period ({@code path/YYYY-MM/}), taken when it holds a
	 * {@code READY} file or nothing in it changed for {@code settle}.
	 */
	record Folder(Path path, Duration settle) implements SourceDefinition {

		@Override
		public String kind() {
			return "folder";
		}
	}

	/**
	 * An SFTP server's {@code path/YYYY-MM/*.csv}, downloaded whole; the user name and the private
	 * key file's path are read from the named environment variables, never from the job file.
	 */
	record Sftp(String host, int port, String usernameEnv, String privateKeyFileEnv, Path knownHostsFile,
			String path, Duration settle) implements SourceDefinition {

		@Override
		public String kind() {
			return "sftp";
		}
	}

	/**
	 * A PostgreSQL database holding the extract-format tables in {@code schema}, read in one
	 * read-only transaction; its address and credentials come from the named environment variables.
	 */
	record Database(String urlEnv, String usernameEnv, String passwordEnv, String schema) implements SourceDefinition {

		@Override
		public String kind() {
			return "database";
		}
	}
}
