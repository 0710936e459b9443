package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's folder appears whole or not at all, and nothing of a failed or killed publish stays behind. */
class PublishFolderTests {

	@TempDir
	Path parent;

	@Test
	void aNewFolderAppearsWithItsFilesAndNothingBesideIt() throws IOException {
		Path target = this.parent.resolve("2026-10");

		PublishFolder.publish(target, staging -> Files.writeString(staging.resolve("manifest.json"), "{}"));

		assertThat(names(target)).containsExactly("manifest.json");
		assertThat(names(this.parent)).containsExactly("2026-10");
	}

	@Test
	void anEarlierRunsFolderIsReplacedWhole() throws IOException {
		Path target = Files.createDirectories(this.parent.resolve("2026-10"));
		Files.writeString(target.resolve("manifest.json"), "{\"run_id\": 1}");
		Files.writeString(target.resolve("case-results.csv"), "old");

		PublishFolder.publish(target, staging -> Files.writeString(staging.resolve("manifest.json"), "{\"run_id\": 2}"));

		assertThat(names(target)).as("no file of the earlier run is mixed in").containsExactly("manifest.json");
		assertThat(Files.readString(target.resolve("manifest.json"))).isEqualTo("{\"run_id\": 2}");
		assertThat(names(this.parent)).containsExactly("2026-10");
	}

	@Test
	void aFullDiskLeavesTheEarlierFolderAsItWasNoStagingAndAMessageNamingTheFolder() throws IOException {
		Path target = Files.createDirectories(this.parent.resolve("2026-10"));
		Files.writeString(target.resolve("manifest.json"), "earlier");

		assertThatThrownBy(() -> PublishFolder.publish(target, staging -> {
			Files.writeString(staging.resolve("case-results.csv"), "half");
			throw new IOException("No space left on device");
		})).isInstanceOf(UncheckedIOException.class)
			.hasMessage("cannot publish " + target + ": No space left on device")
			.rootCause()
			.as("the deepest cause, which a failed run is reported by, names the folder too")
			.hasMessage("cannot publish " + target + ": No space left on device");

		assertThat(names(this.parent)).containsExactly("2026-10");
		assertThat(names(target)).containsExactly("manifest.json");
		assertThat(Files.readString(target.resolve("manifest.json"))).isEqualTo("earlier");
	}

	@Test
	void aDiskErrorALibraryHoldsAsideIsNamedWithTheFolderToo() {
		Path target = this.parent.resolve("2026-10");
		// As OpenPDF's ExceptionConverter does: the I/O error is not its cause, only its message.
		RuntimeException converter = new RuntimeException("No space left on device");

		assertThatThrownBy(() -> PublishFolder.publish(target, staging -> {
			throw converter;
		})).rootCause().hasMessage("cannot publish " + target + ": No space left on device");
		assertThat(names(this.parent)).isEmpty();
	}

	@Test
	void aDatabaseFailureIsPassedOnAsItIsAndTheStagingFolderRemoved() {
		Path target = this.parent.resolve("2026-10");
		IllegalStateException failure = new IllegalStateException("cannot read run 7",
				new java.sql.SQLException("Connection to db:5432 refused"));

		assertThatThrownBy(() -> PublishFolder.publish(target, staging -> {
			throw failure;
		})).isSameAs(failure);
		assertThat(names(this.parent)).isEmpty();
	}

	@Test
	void leftoversOfKilledPublishesOfThisFolderAreRemovedFirstAndNoOtherFolders() throws IOException {
		Path target = this.parent.resolve("2026-10");
		for (String name : List.of(".publishing-2026-10-0123456789abcdef", ".replaced-2026-10-fedcba9876543210")) {
			Files.writeString(Files.createDirectories(this.parent.resolve(name)).resolve("case-results.csv"), "P1,...");
		}
		Files.createDirectories(this.parent.resolve(".publishing-2026-10-x-0123456789abcdef"));
		Files.createDirectories(this.parent.resolve(".inbox"));

		PublishFolder.publish(target, staging -> Files.writeString(staging.resolve("manifest.json"), "{}"));

		assertThat(names(this.parent)).containsExactly(".inbox", ".publishing-2026-10-x-0123456789abcdef", "2026-10");
	}

	@Test
	void aServerCanRemoveTheLeftoversOfAFolderWhenItStarts() throws IOException {
		Files.createDirectories(this.parent.resolve(".publishing-2026-09-0123456789abcdef"));

		PublishFolder.removeLeftovers(this.parent.resolve("2026-09"));

		assertThat(names(this.parent)).isEmpty();
	}

	private static List<String> names(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
