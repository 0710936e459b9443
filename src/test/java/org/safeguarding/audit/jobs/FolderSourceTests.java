package org.safeguarding.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code folder} source takes a drop when it holds READY or nothing in it changed for the settle time. */
class FolderSourceTests {

	private static final Instant NOW = Instant.parse("2026-02-05T06:00:00Z");

	private static final YearMonth JANUARY = YearMonth.of(2026, 1);

	@TempDir
	Path inbox;

	@Test
	void aDropWithReadyIsTakenWhereItIs() throws IOException {
		file("2026-01/ssd_person.csv", NOW);
		file("2026-01/READY", NOW);

		assertThat(source(Duration.ofMinutes(10)).pull(JANUARY, this.inbox.resolve("unused")))
			.isEqualTo(this.inbox.resolve("2026-01"));
	}

	@Test
	void withoutReadyADropIsTakenOnlyOnceNothingChangedForTheSettleTime() throws IOException {
		file("2026-01/ssd_person.csv", NOW.minusSeconds(29));
		FolderSource source = source(Duration.ofSeconds(30));

		assertThatThrownBy(() -> source.pull(JANUARY, this.inbox)).isInstanceOf(DropNotReadyException.class)
			.hasMessage("the drop folder " + this.inbox.resolve("2026-01") + " changed 29 s ago: taken once it holds "
					+ "a READY file or nothing in it changed for 30 s");

		file("2026-01/ssd_person.csv", NOW.minusSeconds(30));
		assertThat(source.pull(JANUARY, this.inbox)).isEqualTo(this.inbox.resolve("2026-01"));
	}

	@Test
	void anEmptyOrMissingFolderIsNotReady() throws IOException {
		Files.createDirectories(this.inbox.resolve("2026-01"));
		FolderSource source = source(Duration.ofMinutes(10));

		assertThatThrownBy(() -> source.pull(JANUARY, this.inbox)).isInstanceOf(DropNotReadyException.class)
			.hasMessage("the drop folder " + this.inbox.resolve("2026-01") + " is empty");
		assertThat(source.hasDropFor(YearMonth.of(2026, 2))).isFalse();
		assertThatThrownBy(() -> source.pull(YearMonth.of(2026, 2), this.inbox))
			.isInstanceOf(DropNotReadyException.class)
			.hasMessage("no drop for 2026-02: " + this.inbox.resolve("2026-02") + " does not exist");
	}

	private FolderSource source(Duration settle) {
		return new FolderSource(new SourceDefinition.Folder(this.inbox, settle), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private void file(String name, Instant modified) throws IOException {
		Path file = this.inbox.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "pers_person_id\nP1\n");
		Files.setLastModifiedTime(file, FileTime.from(modified));
	}
}
