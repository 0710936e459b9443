package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.audit.AuditPeriod;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's own inputs are checked in its first step, for every way a run is started (the command
 * line, the scheduled inbox): a month not over yet, or a folder it must not publish to, refuses
 * the run before anything is loaded.
 */
@AuditIntegrationTest
class RunInputChecksIntegrationTests {

	@Autowired
	AuditRunner runner;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void aMonthThatHasNotEndedIsRefusedBeforeAnythingIsLoaded() throws Exception {
		long loads = loads();
		Path drop = TestDrops.workedExample(this.temp);
		String thisMonth = YearMonth.now(AuditPeriod.PARTNERSHIP_ZONE).toString();

		for (String period : new String[] { "9999-12", thisMonth }) {
			AuditRunner.RunResult result = this.runner.run(drop, period, null, this.temp.resolve("out"));

			assertThat(result.completed()).isFalse();
			assertThat(result.refused()).isTrue();
			assertThat(result.reason()).startsWith("audit period " + period + " has not ended yet");
		}
		assertThat(loads()).isEqualTo(loads);
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void anOutputFolderInsideTheDropIsRefusedNamingBothBeforeAnythingIsLoaded() throws Exception {
		long loads = loads();
		Path drop = TestDrops.workedExample(this.temp);
		Path out = drop.resolve("published");

		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, out);

		assertThat(result.refused()).isTrue();
		assertThat(result.reason()).isEqualTo("output folder " + out + " is inside the drop folder " + drop
				+ ": publish outside the drop");
		assertThat(loads()).isEqualTo(loads);
		assertThat(out).doesNotExist();
	}

	@Test
	void aFolderOfSomeoneElsesFilesIsLeftAsItWas() throws Exception {
		Path out = Files.createDirectories(this.temp.resolve("documents"));
		Files.writeString(out.resolve("minutes.docx"), "board minutes");

		AuditRunner.RunResult result = this.runner.run(TestDrops.workedExample(this.temp), "2026-10", null, out);

		assertThat(result.refused()).isTrue();
		assertThat(result.reason()).contains("is not a published run (no manifest.json)");
		assertThat(Files.readString(out.resolve("minutes.docx"))).isEqualTo("board minutes");
	}

	@Test
	void aRunPublishedAgainReplacesItsFolderWholeWithNothingLeftBeside() throws Exception {
		Path drop = TestDrops.workedExample(this.temp);
		Path runs = Files.createDirectories(this.temp.resolve("runs"));
		Path out = runs.resolve("2026-10");
		assertThat(this.runner.run(drop, "2026-10", null, out).completed()).isTrue();
		Files.writeString(out.resolve("stale.csv"), "from an earlier version");

		AuditRunner.RunResult again = this.runner.run(drop, "2026-10", null, out);

		assertThat(again.completed()).as(again.reason()).isTrue();
		assertThat(out.resolve("stale.csv")).doesNotExist();
		assertThat(out).isDirectoryContaining("glob:**/manifest.json");
		try (var siblings = Files.list(runs)) {
			assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("2026-10");
		}
	}

	private long loads() {
		return this.jdbc.sql("select count(*) from extract_load").query(Long.class).single();
	}
}
