package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.report.PublishFolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, the staging and replaced folders that killed publishes left in each job's output
 * folder are removed (they may hold case-level data, and fill a disk), except beside a period
 * some instance is running now: its publish may be under way.
 */
@Component
class PublishLeftovers {

	private static final Pattern LEFTOVER = Pattern.compile("\\.(?:publishing|replaced)-(\\d{4}-\\d{2})-[0-9a-f]{16}");

	private final JobDefinitions jobs;

	private final JdbcClient jdbc;

	PublishLeftovers(JobDefinitions jobs, JdbcClient jdbc) {
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	void remove() {
		for (JobDefinition job : this.jobs.all()) {
			if (!Files.isDirectory(job.out())) {
				continue;
			}
			try (Stream<Path> entries = Files.list(job.out())) {
				for (Path entry : entries.toList()) {
					Matcher m = LEFTOVER.matcher(entry.getFileName().toString());
					if (m.matches() && !running(job.id(), m.group(1))) {
						PublishFolder.removeLeftovers(job.outFor(m.group(1)));
					}
				}
			}
			catch (IOException ex) {
				// An output folder that cannot be listed is reported by the run that publishes there.
			}
		}
	}

	private boolean running(String job, String period) {
		return this.jdbc.sql("select count(*) from run where job_id = :job and period = :period and status = 'RUNNING'")
			.param("job", job)
			.param("period", period)
			.query(Integer.class)
			.single() > 0;
	}
}
