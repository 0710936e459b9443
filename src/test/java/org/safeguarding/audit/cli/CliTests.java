package org.safeguarding.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's answers to wrong command lines: exit 2 and one line, before any database starts. */
class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Cli.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpExplainsEveryOption() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("run-audit", "--extract", "--period", "--out",
				"--tool", "generate-extract", "--cases", "--seed", "--bad-rows", "demo", "worker", "exit codes");
	}

	@Test
	void workerTakesNoOptions() {
		assertThat(run("worker", "--queue", "q")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: worker: unexpected argument '--queue' (worker takes no options; it is "
				+ "configured by SPRING_DATASOURCE_URL, SPRING_RABBITMQ_* and AUDIT_SCALE_OUT_*) (see --help)\n");
	}

	@Test
	void aWorkerWithoutTheManagersDatabaseIsRefusedBeforeItStarts() {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null);
		assertThat(run("worker")).isEqualTo(1);
		assertThat(err()).isEqualTo(
				"error: worker: set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the managers' PostgreSQL\n");
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(err()).isEqualTo("error: no command given (see --help)\n");
	}

	@Test
	void unknownCommand() {
		assertThat(run("audit")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: unknown command 'audit' (see --help)\n");
	}

	@Test
	void missingRequiredOption() {
		assertThat(run("run-audit", "--extract", "drop", "--out", "out")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: option --period is required (see --help)\n");
	}

	@Test
	void unknownOption() {
		assertThat(run("run-audit", "--extract", "drop", "--period", "2026-10", "--out", "o", "--month", "10"))
			.isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: unknown option --month (see --help)\n");
	}

	@Test
	void optionWithoutValue() {
		assertThat(run("run-audit", "--extract", "--period", "2026-10")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: option --extract needs a value (see --help)\n");
	}

	@Test
	void badPeriodNamesTheOption() {
		assertThat(run("run-audit", "--extract", "drop", "--period", "2026-13", "--out", "o")).isEqualTo(2);
		assertThat(err()).startsWith("error: --period: ").contains("2026-13").endsWith("(see --help)\n");
		assertThat(err().lines()).hasSize(1);
	}

	@Test
	void badNumberNamesTheOption() {
		assertThat(run("generate-extract", "--cases", "many", "--period", "2026-10", "--seed", "1", "--out", "o"))
			.isEqualTo(2);
		assertThat(err()).isEqualTo("error: generate-extract: --cases must be a whole number (was 'many') (see --help)\n");
	}

	@Test
	void optionGivenTwice() {
		assertThat(run("run-audit", "--period", "2026-10", "--period=2026-11")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: option --period is given twice (see --help)\n");
	}

	@Test
	void serveTakesOnlyOnceItsJobsComeFromJobFiles() {
		assertThat(run("serve", "--inbox", "in")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: serve: unexpected argument '--inbox' (serve takes only --once; jobs come "
				+ "from jobs/*.yml or AUDIT_JOBS_DIR) (see --help)\n");
	}

	@Test
	void addUserNamesAWrongRole() {
		assertThat(run("add-user", "--username", "olivia", "--role", "OPERATOR,BOSS")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: add-user: --role: role 'BOSS' is not one of BOARD, QA_OFFICER, OPERATOR, "
				+ "ADMIN (see --help)\n");
	}

	@Test
	void addUserNeedsARole() {
		assertThat(run("add-user", "--username", "olivia")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: add-user: option --role is required (see --help)\n");
	}

	@Test
	void demoTakesServeTrueOrFalse() {
		assertThat(run("demo", "--serve", "yes")).isEqualTo(2);
		assertThat(err()).isEqualTo("error: demo: --serve must be true or false (was 'yes') (see --help)\n");
	}

	@Test
	void badBenchmarkSizes() {
		assertThat(run("benchmark", "--sizes", "10k")).isEqualTo(2);
		assertThat(err()).startsWith("error: benchmark: --sizes takes whole numbers");
	}

	@Test
	void benchmarkSizesBelowOneAreUsageErrorsNamingTheValue() {
		assertThat(run("benchmark", "--sizes", "1000,0")).isEqualTo(2);
		assertThat(err()).startsWith("error: benchmark: --sizes takes whole numbers of 1 or more").contains("(was '0')");
	}

	@Test
	void benchmarkPagesNeedsARoleItKnowsAndWholeNumbers() {
		assertThat(run("benchmark-pages", "--role", "MANAGER", "--paths", "/runs")).isEqualTo(2);
		assertThat(err()).startsWith("error: benchmark-pages: --role takes one of").contains("(was 'MANAGER')");
		assertThat(run("benchmark-pages", "--role", "BOARD", "--paths", "/board", "--clients", "0")).isEqualTo(2);
		assertThat(err()).contains("error: benchmark-pages: --clients takes a whole number of 1 or more (was '0')");
		assertThat(run("benchmark-pages", "--role", "BOARD", "--paths", "/board", "--runs", "-5")).isEqualTo(2);
		assertThat(err()).contains("error: benchmark-pages: --runs takes a whole number of 0 or more (was '-5')");
		assertThat(run("benchmark-pages", "--role", "BOARD")).isEqualTo(2);
		assertThat(err()).contains("option --paths is required");
	}

	@Test
	void generatorSettingsOutOfRangeAreUsageErrors() {
		assertThat(run("generate-extract", "--cases", "10", "--period", "2026-10", "--seed", "1", "--out", "o",
				"--bad-rows", "0.9")).isEqualTo(2);
		assertThat(err()).startsWith("error: generate-extract: ").contains("0.9");
	}

	@Test
	void generateExtractWritesADrop(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
		java.nio.file.Path drop = temp.resolve("drop");
		assertThat(run("generate-extract", "--cases", "20", "--period", "2026-10", "--seed", "3", "--out",
				drop.toString(), "--bad-rows", "0.1")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("wrote ");
		assertThat(drop.resolve("ssd_person.csv")).exists();
		assertThat(drop.resolve("ext_agency_events_gp.csv")).exists();
	}

	@Test
	void generateExtractRefusesAFolderThatIsNotEmpty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
			throws java.io.IOException {
		java.nio.file.Files.writeString(temp.resolve("ssd_person.csv"), "pers_person_id\nREAL\n");
		assertThat(run("generate-extract", "--cases", "20", "--period", "2026-10", "--seed", "3", "--out",
				temp.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("error: generate-extract: --out: the drop folder " + temp
				+ " is not empty (it holds 'ssd_person.csv'): give an empty or new folder (see --help)" + System.lineSeparator());
		assertThat(java.nio.file.Files.readString(temp.resolve("ssd_person.csv"))).isEqualTo("pers_person_id\nREAL\n");
	}

	@Test
	void aPeriodThatHasNotEndedIsAUsageError() {
		assertThat(run("run-audit", "--extract", "drop", "--period", "9999-12", "--out", "out")).isEqualTo(2);
		assertThat(err()).startsWith("error: run-audit: audit period 9999-12 has not ended yet (today is ")
			.endsWith("): audit a month once it is over (see --help)" + System.lineSeparator());
		this.err.reset();
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
		assertThat(run("run-audit", "--extract", "drop", "--period", thisMonth, "--out", "out")).isEqualTo(2);
		assertThat(err()).startsWith("error: run-audit: audit period " + thisMonth + " has not ended yet");
	}

	@Test
	void anOutputFolderInsideTheDropIsAUsageErrorNamingBoth(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
			throws java.io.IOException {
		java.nio.file.Path drop = java.nio.file.Files.createDirectories(temp.resolve("drop"));
		assertThat(run("run-audit", "--extract", drop.toString(), "--period", "2026-10", "--out",
				drop.resolve("out").toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: output folder " + drop.resolve("out") + " is inside the drop folder "
				+ drop + ": publish outside the drop (see --help)" + System.lineSeparator());
		assertThat(this.out.toString(StandardCharsets.UTF_8)).as("no trace on standard output").isEmpty();
		assertThat(drop).isEmptyDirectory();
	}

	@Test
	void anOutputFolderThatIsAFileIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
			throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("out"), "x");
		assertThat(run("run-audit", "--extract", temp.resolve("drop").toString(), "--period", "2026-10", "--out",
				file.toString())).isEqualTo(2);
		assertThat(err()).isEqualTo("error: run-audit: output folder " + file + " is a file, not a folder (see --help)"
				+ System.lineSeparator());
	}
}
