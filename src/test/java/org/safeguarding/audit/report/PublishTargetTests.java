package org.safeguarding.audit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where a run may publish, decided before anything is loaded. */
class PublishTargetTests {

	@TempDir
	Path temp;

	@Test
	void aNewFolderAnEmptyOneOrAnEarlierRunsFolderMayBeUsed() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Path run = Files.createDirectories(this.temp.resolve("runs/2026-09"));
		Files.writeString(run.resolve("manifest.json"), "{}");
		Files.writeString(run.resolve("case-results.csv"), "case_id\n");

		assertThatNoException().isThrownBy(() -> PublishTarget.check(this.temp.resolve("runs/2026-10"), drop));
		assertThatNoException().isThrownBy(() -> PublishTarget.check(Files.createDirectories(this.temp.resolve("empty")), drop));
		assertThatNoException().isThrownBy(() -> PublishTarget.check(run, drop));
	}

	@Test
	void theDropFolderItselfIsRefusedNamingBoth() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(drop, drop))
			.withMessage("output folder " + drop + " is the drop folder " + drop + " itself: publish outside the drop");
	}

	@Test
	void aFolderInsideTheDropIsRefusedNamingBoth() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Path out = drop.resolve("out");

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(out, drop))
			.withMessage("output folder " + out + " is inside the drop folder " + drop + ": publish outside the drop");
	}

	@Test
	void aDropInsideTheFolderIsRefusedNamingBoth() throws IOException {
		Path out = Files.createDirectories(this.temp.resolve("out"));
		Path drop = Files.createDirectories(out.resolve("drops/2026-10"));

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(out, drop))
			.withMessage("the drop folder " + drop + " is inside the output folder " + out
					+ ", which publishing replaces: keep the drop outside it");
	}

	@Test
	void theSameFolderByAnotherPathIsStillTheDrop() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Path link = Files.createSymbolicLink(this.temp.resolve("link"), drop);

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(link.resolve("out"), drop))
			.withMessageStartingWith("output folder " + link.resolve("out") + " is inside the drop folder");
	}

	@Test
	void aFileIsRefused() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Path file = Files.writeString(this.temp.resolve("out"), "x");

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(file, drop))
			.withMessage("output folder " + file + " is a file, not a folder");
	}

	@Test
	void aFolderOfSomeoneElsesFilesIsRefusedRatherThanReplaced() throws IOException {
		Path drop = Files.createDirectories(this.temp.resolve("drop"));
		Path out = Files.createDirectories(this.temp.resolve("documents"));
		Files.writeString(out.resolve("minutes.docx"), "board minutes");

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.check(out, drop))
			.withMessage("output folder " + out + " holds files but is not a published run (no manifest.json), "
					+ "and publishing would replace them: choose a new or empty folder");
	}

	@Test
	void aFolderUnderOneThatCannotBeWrittenIsRefused() {
		Path readOnly = Path.of("/proc/1");
		assumeTrue(Files.isDirectory(readOnly), "a folder not even root may write in");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublishTarget.check(readOnly.resolve("out"), this.temp))
			.withMessage("output folder /proc/1/out cannot be written: /proc/1 is not a folder this run may write in");
	}

	@Test
	void anInboxAndTheFolderARunPublishesToAreKeptApart() throws IOException {
		Path inbox = Files.createDirectories(this.temp.resolve("inbox"));

		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.checkInbox(inbox, inbox.resolve("out")))
			.withMessage("output folder " + inbox.resolve("out") + " is inside the inbox " + inbox
					+ ", where the agencies' drops arrive: publish outside it");
		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.checkInbox(inbox, inbox))
			.withMessageContaining("is the inbox");
		assertThatIllegalArgumentException().isThrownBy(() -> PublishTarget.checkInbox(inbox, this.temp))
			.withMessage("the inbox " + inbox + " is inside the output folder " + this.temp
					+ ": keep the drops outside what is published");
		assertThatNoException().isThrownBy(() -> PublishTarget.checkInbox(inbox, this.temp.resolve("runs")));
	}
}
