package org.safeguarding.audit.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Makes the drop source of a job, and says where its pulled drops are kept. */
@Component
public class Sources {

	private final JobsProperties properties;

	private final Clock clock;

	@Autowired
	public Sources(JobsProperties properties) {
		this(properties, Clock.systemUTC());
	}

	Sources(JobsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public DropSource forJob(JobDefinition job) {
		if (job.source() instanceof SourceDefinition.Folder folder) {
			return new FolderSource(folder, this.clock);
		}
		throw new DropPullException(job.id() + ": source.kind '" + job.source().kind() + "' cannot be pulled yet");
	}

	/** The folder that pulls of {@code job}'s {@code period} are kept under. */
	public Path pullsFor(JobDefinition job, YearMonth period) {
		return this.properties.dropsDir().toAbsolutePath().normalize().resolve(job.id()).resolve(period.toString());
	}
}
