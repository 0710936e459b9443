package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Job files as jobs.md says: read whole, and each wrong one refused in one line naming file, field and value. */
class JobDefinitionsTests {

	@TempDir
	Path root;

	Path jobs;

	@BeforeEach
	void tool() throws IOException {
		this.jobs = Files.createDirectories(this.root.resolve("jobs"));
		Files.createDirectories(this.jobs.resolve("audit-tools"));
		Files.copy(Path.of("jobs/audit-tools/babies-under-one.yml"), this.jobs.resolve("audit-tools/babies-under-one.yml"));
	}

	@Test
	void theSpecsExampleReadsWithItsDefaultsAndPathsFromTheJobFilesFolder() throws IOException {
		write("monthly", """
				title: Babies under one — monthly partnership audit
				tool: audit-tools/babies-under-one.yml
				source:
				  kind: folder                  # folder | sftp | database
				  path: ../inbox                # holds one folder per period: YYYY-MM/
				schedule:
				  cron: "0 0 6 2 * *"
				  zone: Europe/London
				  period: previous-month
				  missed: run-once
				  wait-for-drop: 7d
				publish:
				  out: ../out
				""");
		JobDefinition job = new JobDefinitions(new JobsProperties(this.jobs.toString(), this.root.resolve("drops").toString())).find("monthly")
			.orElseThrow();
		assertThat(job.title()).isEqualTo("Babies under one — monthly partnership audit");
		assertThat(job.tool()).isEqualTo(this.jobs.resolve("audit-tools/babies-under-one.yml").toAbsolutePath());
		assertThat(job.source()).isEqualTo(new SourceDefinition.Folder(this.root.resolve("inbox").toAbsolutePath(),
				Duration.ofMinutes(10)));
		assertThat(job.out()).isEqualTo(this.root.resolve("out").toAbsolutePath());
		assertThat(job.outFor("2026-10")).isEqualTo(this.root.resolve("out/2026-10").toAbsolutePath());
		JobSchedule schedule = job.schedule().orElseThrow();
		assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(schedule.runMissedOnce()).isTrue();
		assertThat(schedule.waitForDrop()).isEqualTo(Duration.ofDays(7));
		// 2 November 2026, 06:00 GMT; the last complete month then is October.
		assertThat(schedule.nextFireAfter(Instant.parse("2026-10-15T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
		assertThat(schedule.periodFor(Instant.parse("2026-11-02T06:00:00Z"))).isEqualTo(YearMonth.of(2026, 10));
	}

	@Test
	void aScheduleIsOptionalAndItsFieldsDefault() throws IOException {
		write("adhoc", job("schedule:\n  cron: \"0 0 6 2 * *\"\n"));
		write("manual", job("").replace("out: ../out", "out: ../manual"));
		JobDefinitions definitions = new JobDefinitions(new JobsProperties(this.jobs.toString(), this.root.toString()));
		JobSchedule schedule = definitions.find("adhoc").orElseThrow().schedule().orElseThrow();
		assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(schedule.runMissedOnce()).isTrue();
		assertThat(schedule.waitForDrop()).isEqualTo(Duration.ofDays(7));
		assertThat(definitions.find("manual").orElseThrow().schedule()).isEmpty();
	}

	@Test
	void aBadCronIsNamedWithItsFileFieldAndValue() throws IOException {
		write("monthly", job("schedule:\n  cron: \"0 6 * *\"\n"));
		assertRefused("jobs/monthly.yml: schedule.cron '0 6 * *' is not a cron expression (six fields");
	}

	@Test
	void anUnknownZoneIsNamed() throws IOException {
		write("monthly", job("schedule:\n  cron: \"0 0 6 2 * *\"\n  zone: Europe/Lundon\n"));
		assertRefused("jobs/monthly.yml: schedule.zone 'Europe/Lundon' is not a known time zone (e.g. Europe/London)");
	}

	@Test
	void anUnknownFieldIsAnErrorNotIgnored() throws IOException {
		write("monthly", job("schedule:\n  cron: \"0 0 6 2 * *\"\n  wait-for-drops: 3d\n"));
		assertRefused("jobs/monthly.yml: schedule.wait-for-drops is not a known field here");
		write("monthly", job("").replace("title:", "titel: x\ntitle:"));
		assertRefused("jobs/monthly.yml: titel is not a known field here");
	}

	@Test
	void aMissingToolIsNamedWithWhereItWasLookedFor() throws IOException {
		write("monthly", job("").replace("audit-tools/babies-under-one.yml", "audit-tools/babies.yml"));
		assertRefused("jobs/monthly.yml: tool 'audit-tools/babies.yml' is not a file ("
				+ this.jobs.resolve("audit-tools/babies.yml").toAbsolutePath() + ")");
	}

	@Test
	void aMissingSourceFieldIsNamed() throws IOException {
		write("pull", """
				title: t
				tool: audit-tools/babies-under-one.yml
				source:
				  kind: sftp
				  host: sftp.example.org
				  username-env: SFTP_USER
				  known-hosts-file: audit-tools/babies-under-one.yml
				  path: /drops
				publish:
				  out: ../out
				""");
		assertRefused("jobs/pull.yml: source.private-key-file-env is missing");
	}

	@Test
	void badValuesOfOtherFieldsAreNamed() throws IOException {
		write("monthly", job("schedule:\n  cron: \"0 0 6 2 * *\"\n  wait-for-drop: a week\n"));
		assertRefused("jobs/monthly.yml: schedule.wait-for-drop 'a week' is not a duration");
		write("monthly", job("schedule:\n  cron: \"0 0 6 2 * *\"\n  missed: retry\n"));
		assertRefused("jobs/monthly.yml: schedule.missed 'retry' is not one of [run-once, skip]");
		write("monthly", job("").replace("kind: folder", "kind: ftp"));
		assertRefused("jobs/monthly.yml: source.kind 'ftp' is not one of [database, folder, sftp]");
	}

	@Test
	void twoJobsPublishingIntoOverlappingFoldersAreRefused() throws IOException {
		write("a", job(""));
		write("b", job("").replace("out: ../out", "out: ../out/b").replace("path: ../inbox", "path: ../inbox-b"));
		assertRefused("jobs/b.yml: publish.out '" + this.root.resolve("out/b").toAbsolutePath() + "' overlaps "
				+ this.jobs.toAbsolutePath().resolve("a.yml") + "'s publish.out '" + this.root.resolve("out").toAbsolutePath() + "'");
	}

	@Test
	void aJobPublishingIntoItsOwnDropsIsRefused() throws IOException {
		write("a", job("").replace("out: ../out", "out: ../inbox/reports"));
		assertRefused("jobs/a.yml: publish.out '" + this.root.resolve("inbox/reports").toAbsolutePath()
				+ "' overlaps source.path '" + this.root.resolve("inbox").toAbsolutePath() + "'");
	}

	@Test
	void onlyTheJobsFoldersOwnYmlFilesAreJobs() throws IOException {
		write("monthly", job(""));
		Files.writeString(this.jobs.resolve("notes.txt"), "not a job");
		JobDefinitions definitions = new JobDefinitions(new JobsProperties(this.jobs.toString(), this.root.toString()));
		assertThat(definitions.all()).extracting(JobDefinition::id).containsExactly("monthly");
		assertThat(new JobDefinitions(new JobsProperties(this.root.resolve("none").toString(), this.root.toString())).all()).isEmpty();
	}

	private String job(String schedule) {
		return """
				title: Monthly
				tool: audit-tools/babies-under-one.yml
				source:
				  kind: folder
				  path: ../inbox
				%spublish:
				  out: ../out
				""".formatted(schedule);
	}

	private void write(String id, String yaml) throws IOException {
		Files.writeString(this.jobs.resolve(id + ".yml"), yaml);
	}

	/** {@code message} names the file as {@code jobs/<file>}: the jobs folder as it was given. */
	private void assertRefused(String message) {
		String expected = this.jobs.toAbsolutePath() + message.substring("jobs".length());
		assertThatExceptionOfType(JobDefinitionException.class)
			.isThrownBy(() -> JobDefinitions.read(this.jobs.toAbsolutePath()).size())
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith(expected));
	}
}
