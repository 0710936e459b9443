package org.safeguarding.audit.run;

import java.time.OffsetDateTime;

/**
 * One request to audit one period, as the engine keeps it ({@code run} table).
 *
 * @param jobId the job, or null for a command-line run of a drop folder
 * @param trigger who or what asked for it: {@code schedule}, a user name, {@code command line}
 * @param dropFolder the local drop it reads, once found or pulled
 * @param jobExecutionId its latest Spring Batch execution (one job instance per run)
 * @param auditRunId its results ({@code audit_run}), once scoring began
 */
public record Run(long id, String jobId, String period, RunStatus status, String trigger, OffsetDateTime fireTime,
		Long backfillId, String toolFile, String outFolder, String dropFolder, OffsetDateTime queuedAt,
		OffsetDateTime startedAt, OffsetDateTime endedAt, OffsetDateTime nextAttemptAt, OffsetDateTime waitUntil,
		String failure, Long instanceId, Long jobExecutionId, Long loadId, Long auditRunId, boolean stopRequested,
		int restarts) {
}
