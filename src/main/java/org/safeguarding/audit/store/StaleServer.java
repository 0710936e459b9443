package org.safeguarding.audit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded server left running by a run that was killed ({@code kill -9}, a power-off of the
 * JVM only): its {@code postmaster.pid} names a live PostgreSQL of this data folder, which would
 * keep a new server from starting. Called only by the holder of the folder's {@link StoreLock},
 * so such a server has no other run behind it and can be stopped.
 */
final class StaleServer {

	private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

	static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private StaleServer() {
	}

	/** Stops the folder's orphaned server, if there is one; returns its process id. */
	static Optional<Long> stop(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + pidFile + ": " + ex.getMessage(), ex);
		}
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		Optional<String> command = process.flatMap(p -> p.info().command());
		if (process.isEmpty() || command.isEmpty() || !Path.of(command.get()).getFileName().toString().startsWith("postgres")
				|| !servesFolder(process.get(), dataDir)) {
			// Not this folder's server (PostgreSQL itself sees to a pid file whose process is gone).
			return Optional.empty();
		}
		log.warn("An earlier run ended without stopping its embedded PostgreSQL (pid {}) in {}: stopping it", pid, dataDir);
		stop(process.get(), pidFile, dataDir);
		log.warn("Stopped the embedded PostgreSQL (pid {}) that an earlier run left running; going on", pid);
		return Optional.of(pid);
	}

	/**
	 * Whether the process was started on this folder: a pid file left from before a reboot may
	 * name a process id that another PostgreSQL has since been given.
	 */
	private static boolean servesFolder(ProcessHandle process, Path dataDir) {
		List<String> names = List.of(dataDir.toString(), realPath(dataDir));
		String[] arguments = process.info().arguments().orElse(new String[0]);
		for (String argument : arguments) {
			if (names.contains(argument)) {
				return true;
			}
		}
		// The postmaster works in its data folder (Linux shows where).
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		return Files.exists(cwd) && realPath(cwd).equals(realPath(dataDir));
	}

	private static String realPath(Path path) {
		try {
			return path.toRealPath().toString();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize().toString();
		}
	}

	/**
	 * Asks for a fast shutdown (SIGINT, as {@code pg_ctl stop -m fast} does) and waits until the
	 * server has removed its {@code postmaster.pid}, its own last act: an orphan whose parent is
	 * gone may never be reaped, so the process itself can look alive long after.
	 */
	private static void stop(ProcessHandle server, Path pidFile, Path dataDir) {
		try {
			if (!interrupt(server)) {
				server.destroy(); // SIGTERM: a smart shutdown, as quick once the killed run's sessions are gone
			}
			long deadline = System.nanoTime() + STOP_WAIT.toNanos();
			while (Files.exists(pidFile) && server.isAlive()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("an earlier run left the embedded PostgreSQL (pid " + server.pid()
							+ ") of " + dataDir + " running and it did not stop within " + STOP_WAIT.toSeconds()
							+ " s: stop it, then run again");
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while stopping the embedded PostgreSQL (pid " + server.pid()
					+ ") an earlier run left running", ex);
		}
	}

	/** SIGINT by the system's kill command (Java sends only SIGTERM and SIGKILL); false if it could not. */
	private static boolean interrupt(ProcessHandle server) throws InterruptedException {
		try {
			return new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
