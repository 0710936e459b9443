package org.safeguarding.audit.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a drop folder is complete (jobs.md): it holds a file named {@code READY}, or nothing in it
 * changed for the settle time. The same rule for a local folder and a folder on an SFTP server,
 * so that a drop still being copied in is never audited half-way.
 */
record SettleRule(Duration settle, Clock clock) {

	static final String READY = "READY";

	/**
	 * @param folder the folder as operators should look for it
	 * @param ready whether it holds a {@code READY} file
	 * @param lastChange the latest modification time of anything in it, or null when it is empty
	 * @throws DropNotReadyException when the drop is not complete yet
	 */
	void check(String folder, boolean ready, Instant lastChange) {
		if (ready) {
			return;
		}
		if (lastChange == null) {
			throw new DropNotReadyException("the drop folder " + folder + " is empty");
		}
		Duration quiet = Duration.between(lastChange, this.clock.instant());
		if (quiet.compareTo(this.settle) < 0) {
			throw new DropNotReadyException("the drop folder " + folder + " changed " + quiet.toSeconds()
					+ " s ago: taken once it holds a READY file or nothing in it changed for " + text(this.settle));
		}
	}

	private static String text(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + " min" : seconds + " s";
	}
}
