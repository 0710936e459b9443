package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pull's folder is renamed whole when complete, and nothing of it is left when it is not. */
class PullFolderTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-05T06:00:09Z"), ZoneOffset.UTC);

	@TempDir
	Path pulls;

	@Test
	void aCompletePullIsRenamedWholeToASortableTimeAndASecondPullInTheSameSecondGetsASuffix() throws IOException {
		Path first;
		try (PullFolder pull = PullFolder.create(this.pulls, CLOCK)) {
			Files.writeString(pull.path().resolve("ssd_person.csv"), "pers_person_id\nP1\n");
			assertThat(pull.path().getFileName().toString()).startsWith(".pulling-");
			first = pull.keep();
		}
		Path second;
		try (PullFolder pull = PullFolder.create(this.pulls, CLOCK)) {
			second = pull.keep();
		}

		assertThat(first).isEqualTo(this.pulls.resolve("20260205T060009Z"));
		assertThat(first.resolve("ssd_person.csv")).hasContent("pers_person_id\nP1\n");
		assertThat(second).isEqualTo(this.pulls.resolve("20260205T060009Z-2"));
		assertThat(Folders.names(this.pulls)).containsExactly("20260205T060009Z", "20260205T060009Z-2");
	}

	@Test
	void aPullThatFailsLeavesNothing() throws IOException {
		assertThatThrownBy(() -> {
			try (PullFolder pull = PullFolder.create(this.pulls, CLOCK)) {
				Files.createDirectories(pull.path().resolve("part"));
				Files.writeString(pull.path().resolve("part/ssd_person.csv"), "pers_person_id\nP1\n");
				throw new DropPullException("connection lost");
			}
		}).hasMessage("connection lost");
		assertThat(Folders.names(this.pulls)).isEmpty();
	}

	@Test
	void aTemporaryFolderLeftByAProcessThatDiedIsRemovedByTheNextPull() throws IOException {
		Files.createDirectories(this.pulls.resolve(".pulling-123/half"));
		Files.writeString(this.pulls.resolve(".pulling-123/half/ssd_person.csv"), "pers_person_id\n");
		Files.createDirectories(this.pulls.resolve("20260101T060000Z"));

		try (PullFolder pull = PullFolder.create(this.pulls, CLOCK)) {
			pull.keep();
		}

		assertThat(Folders.names(this.pulls)).containsExactly("20260101T060000Z", "20260205T060009Z");
	}
}
