package org.safeguarding.audit.run;

import org.safeguarding.audit.web.Dates;

/**
 * A run as the run list shows it, every text made once in Java: a list of fifty runs evaluated
 * several expressions and a fragment per cell, most of the page's time under many operators.
 */
record RunListRow(String href, String name, String job, String period, String status, String tagClass,
		String trigger, String queued) {

	static RunListRow of(Run run, Dates dates) {
		return new RunListRow("/runs/" + run.id(), "Run " + run.id(), (run.jobId() != null) ? run.jobId() : "command line",
				dates.period(run.period()), run.status().label(), run.status().tagClass(), run.trigger(),
				dates.time(run.queuedAt()));
	}
}
