package org.safeguarding.audit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Another run, in a process of its own, for the fault tests: takes a data folder's lock, starts
 * its embedded server, says "holding <server pid>" on standard output and waits to be ended.
 */
public final class HoldStore {

	private HoldStore() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path dataDir = Path.of(args[0]);
		try (StoreLock lock = StoreLock.acquire(dataDir); EmbeddedPostgres postgres = EmbeddedStore.start(dataDir, false)) {
			String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
			System.out.println("holding " + pid);
			System.out.flush();
			Thread.sleep(Long.MAX_VALUE);
		}
	}

	/** Starts a holder of the folder and waits until its server is up; returns the holder. */
	static Process start(Path dataDir) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				HoldStore.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("holding ")) {
				return holder;
			}
		}
		throw new IllegalStateException("the holding process ended before its server started (exit "
				+ holder.exitValue() + ")");
	}
}
