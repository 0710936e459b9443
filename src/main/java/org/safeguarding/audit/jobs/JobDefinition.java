package org.safeguarding.audit.jobs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One job of {@code jobs/*.yml} (jobs.md): where a partnership's drops come from, which audit
 * tool scores them, when it runs and where it publishes. Paths are absolute and normalised.
 *
 * @param id the file name without {@code .yml}
 * @param file the job file
 * @param title what operators and boards call it
 * @param tool the audit-tool definition file
 * @param source where each period's drop comes from
 * @param schedule when it runs by itself; empty for a job run only on request
 * @param out each run publishes to {@code out/<period>/}
 */
public record JobDefinition(String id, Path file, String title, Path tool, SourceDefinition source,
		Optional<JobSchedule> schedule, Path out) {

	/** The folder a run of {@code period} publishes to. */
	public Path outFor(String period) {
		return this.out.resolve(period);
	}
}
