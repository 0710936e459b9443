package org.safeguarding.audit.jobs;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where job definitions and pulled drops live.
 *
 * @param dir the folder of job files ({@code *.yml}); {@code AUDIT_JOBS_DIR}
 * @param dropsDir where drops pulled from SFTP servers and databases are kept, one folder per
 * pull ({@code <job>/<period>/<time>}), so any run can be repeated from exactly what it read
 */
@ConfigurationProperties("audit.jobs")
public record JobsProperties(@DefaultValue("jobs") Path dir, @DefaultValue("data/drops") Path dropsDir) {
}
