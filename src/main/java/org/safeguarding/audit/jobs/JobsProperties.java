package org.safeguarding.audit.jobs;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where job definitions and pulled drops live. Both are bound as text and made paths of the file
 * system here: Spring's conversion to {@code Path} first looks a relative value up on the class
 * path, so under {@code ./mvnw spring-boot:run} "jobs" became the copy in {@code target/classes}
 * and the demo published there, not under the working folder.
 *
 * @param dir the folder of job files ({@code *.yml}); {@code AUDIT_JOBS_DIR}
 * @param dropsDir where drops pulled from SFTP servers and databases are kept, one folder per
 * pull ({@code <job>/<period>/<time>}), so any run can be repeated from exactly what it read
 */
@ConfigurationProperties("audit.jobs")
public record JobsProperties(@DefaultValue("jobs") String dir, @DefaultValue("data/drops") String dropsDir) {

	public Path jobsFolder() {
		return Path.of(this.dir);
	}

	public Path dropsFolder() {
		return Path.of(this.dropsDir);
	}
}
