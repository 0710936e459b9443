package org.safeguarding.audit.run;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run as the API returns it (service.md): {@code id, job, period, status, trigger, queued_at,
 * started_at, ended_at, steps[], counts, failure, files[]} (names in snake case, as every API field).
 */
record RunJson(long id, String job, String period, String status, String trigger, OffsetDateTime queuedAt,
		OffsetDateTime startedAt, OffsetDateTime endedAt, List<Step> steps, Counts counts, String failure,
		List<String> files) {

	static RunJson of(Run run, List<RunDetails.StepRow> steps, RunDetails.Counts counts, List<String> files) {
		return new RunJson(run.id(), run.jobId(), run.period(), run.status().name(), run.trigger(), run.queuedAt(),
				run.startedAt(), run.endedAt(),
				steps.stream().map(s -> new Step(s.name(), s.status(), s.read(), s.written(), s.rejected(), s.seconds()))
					.toList(),
				new Counts(counts.rowsRead(), counts.rowsLoaded(), counts.rowsRejected(), counts.cases()), run.failure(),
				files);
	}

	static Summary summary(Run run) {
		return new Summary(run.id(), run.jobId(), run.period(), run.status().name(), run.trigger(), run.queuedAt(),
				run.startedAt(), run.endedAt(), run.failure());
	}

	/** One step: rows (or cases) read, written and rejected, and how long it took. */
	record Step(String name, String status, long read, long written, long rejected, double seconds) {
	}

	/** What the run's drop became. */
	record Counts(long rowsRead, long rowsLoaded, long rowsRejected, Integer cases) {
	}

	/** A run in a list. */
	record Summary(long id, String job, String period, String status, String trigger, OffsetDateTime queuedAt,
			OffsetDateTime startedAt, OffsetDateTime endedAt, String failure) {
	}
}
