package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Each kind of source definition gets its source, and pulls are kept per job and period. */
class SourcesTests {

	private static final SourcesProperties SETTINGS = new SourcesProperties(Duration.ofSeconds(10),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	private final Sources sources = new Sources(new JobsProperties("/srv/audit/jobs", "/srv/audit/drops"), SETTINGS, Clock.systemUTC(), Map.<String, String>of()::get);

	@Test
	void everyKindOfSourceCanBePulled() {
		assertThat(this.sources.forJob(job(new SourceDefinition.Folder(Path.of("/srv/inbox"), Duration.ofMinutes(10)))))
			.isInstanceOf(FolderSource.class);
		assertThat(this.sources.forJob(job(new SourceDefinition.Sftp("files.agency.example", 22, "U", "K",
				Path.of("/srv/known_hosts"), "/outbox", Duration.ofMinutes(10)))))
			.isInstanceOf(SftpSource.class);
		assertThat(this.sources.forJob(job(new SourceDefinition.Database("URL", "U", "P", "agency"))))
			.isInstanceOf(DatabaseSource.class);
	}

	@Test
	void pullsAreKeptUnderTheDropsFolderByJobAndPeriod() {
		assertThat(this.sources.pullsFor(job(new SourceDefinition.Database("URL", "U", "P", "agency")),
				YearMonth.of(2026, 1)))
			.isEqualTo(Path.of("/srv/audit/drops/monthly/2026-01"));
	}

	private static JobDefinition job(SourceDefinition source) {
		return new JobDefinition("monthly", Path.of("/srv/audit/jobs/monthly.yml"), "Monthly audit",
				Path.of("/srv/audit/jobs/audit-tools/babies-under-one.yml"), source, Optional.empty(),
				Path.of("/srv/audit/out"));
	}
}
