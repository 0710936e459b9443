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

	private final SourcesProperties settings;

	private final Clock clock;

	private final EnvironmentVariables env;

	@Autowired
	public Sources(JobsProperties properties, SourcesProperties settings) {
		this(properties, settings, Clock.systemUTC(), EnvironmentVariables.system());
	}

	Sources(JobsProperties properties, SourcesProperties settings, Clock clock, EnvironmentVariables env) {
		this.properties = properties;
		this.settings = settings;
		this.clock = clock;
		this.env = env;
	}

	public DropSource forJob(JobDefinition job) {
		SourceDefinition source = job.source();
		if (source instanceof SourceDefinition.Folder folder) {
			return new FolderSource(folder, this.clock);
		}
		if (source instanceof SourceDefinition.Sftp sftp) {
			return new SftpSource(sftp, this.settings, this.env, this.clock);
		}
		return new DatabaseSource((SourceDefinition.Database) source, this.settings, this.env, this.clock);
	}

	/** The folder that pulls of {@code job}'s {@code period} are kept under. */
	public Path pullsFor(JobDefinition job, YearMonth period) {
		return this.properties.dropsFolder().toAbsolutePath().normalize().resolve(job.id()).resolve(period.toString());
	}
}
