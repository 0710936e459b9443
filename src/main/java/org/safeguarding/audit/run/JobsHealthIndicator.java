package org.safeguarding.audit.run;

import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code DOWN} when a job's latest scheduled run failed or was refused, or is waiting for a drop
 * that is overdue: what an operator's monitoring should page someone about. The details (which job,
 * which run) are shown only to signed-in operators (application.properties).
 */
@Component("jobs")
class JobsHealthIndicator extends AbstractHealthIndicator {

	private final JobDefinitions jobs;

	private final Runs runs;

	JobsHealthIndicator(JobDefinitions jobs, Runs runs) {
		this.jobs = jobs;
		this.runs = runs;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, Object> problems = new LinkedHashMap<>();
		for (JobDefinition job : this.jobs.all()) {
			this.runs.latestScheduledOf(job.id()).ifPresent(run -> {
				switch (run.status()) {
					case FAILED, REFUSED -> problems.put(job.id(), "run " + run.id() + " for " + run.period() + " "
							+ run.status() + ": " + run.failure());
					case WAITING_FOR_DROP -> problems.put(job.id(), "run " + run.id() + " for " + run.period()
							+ " is waiting for its drop: " + run.failure());
					default -> {
					}
				}
			});
		}
		if (problems.isEmpty()) {
			builder.up().withDetail("jobs", this.jobs.all().size());
		}
		else {
			builder.down().withDetails(problems);
		}
	}
}
