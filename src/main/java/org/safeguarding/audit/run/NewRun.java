package org.safeguarding.audit.run;

import java.time.Instant;

/**
 * A run to record: for a job ({@code jobId}) or, from the command line, for a drop folder
 * ({@code dropFolder}, with no job).
 *
 * @param fireTime the schedule's fire time, for a scheduled run
 */
public record NewRun(String jobId, String period, String trigger, String toolFile, String outFolder,
		String dropFolder, Instant fireTime, Long backfillId) {

	public static NewRun forJob(String jobId, String period, String trigger, String toolFile, String outFolder) {
		return new NewRun(jobId, period, trigger, toolFile, outFolder, null, null, null);
	}

	public NewRun firedAt(Instant time) {
		return new NewRun(this.jobId, this.period, this.trigger, this.toolFile, this.outFolder, this.dropFolder, time,
				this.backfillId);
	}

	public NewRun inBackfill(long backfill) {
		return new NewRun(this.jobId, this.period, this.trigger, this.toolFile, this.outFolder, this.dropFolder,
				this.fireTime, backfill);
	}
}
