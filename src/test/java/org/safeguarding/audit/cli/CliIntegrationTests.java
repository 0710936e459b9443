package org.safeguarding.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.OwnStore;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.extract.Sha256;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as operators call it: exit codes, the one-line reason, the published files. */
@ExtendWith(OwnStore.class)
class CliIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void runAuditPublishesTheRunAndExitsZero() throws Exception {
		Path out = this.temp.resolve("out");
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
				"--period", "2026-10", "--out", out.toString() }, System.out, new PrintStream(err));

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out).isDirectoryContaining("glob:**/case-results.csv")
			.isDirectoryContaining("glob:**/case-scores.csv")
			.isDirectoryContaining("glob:**/criteria-summary.csv")
			.isDirectoryContaining("glob:**/rejected-rows.csv")
			.isDirectoryContaining("glob:**/manifest.json")
			.isDirectoryContaining("glob:**/board-dashboard.pdf")
			.isDirectoryContaining("glob:**/board-dashboard.html")
			.isDirectoryContaining("glob:**/qa-findings.xlsx");
		try (var files = Files.list(out)) {
			assertThat(files.map(f -> f.getFileName().toString())).as("no staging folder left behind")
				.allMatch(name -> !name.startsWith("."));
		}
		assertThat(Files.readAllLines(out.resolve("rejected-rows.csv"))).containsExactly("file,line,table,record_id,reason");
		String manifest = Files.readString(out.resolve("manifest.json"));
		assertThat(manifest).contains("\"period\" : \"2026-10\"", "\"babies-under-one\"", "\"cases_audited\" : 1");
		assertThat(manifest).as("keys always in the same order")
			.containsSubsequence("\"tool\" : {", "\"id\"", "\"version\"", "\"title\"", "\"sha256\"", "}")
			.containsSubsequence("\"ssd_person\" : {", "\"rows_read\"", "\"rows_loaded\"", "\"rows_rejected\"", "}");
		assertThat(Files.readString(out.resolve("board-dashboard.html")))
			.as("the shipped settings compare the tool's criteria of weight 2 or more across teams")
			.contains("Headline criteria: FATHER_IDENTIFIED, MEN_ASSESSED, BRUISING_RESPONSE.");
		for (String file : new String[] { "case-results.csv", "case-scores.csv", "criteria-summary.csv",
				"rejected-rows.csv", "board-dashboard.pdf", "board-dashboard.html", "qa-findings.xlsx" }) {
			assertThat(manifest).contains("\"" + file + "\" : \"" + Sha256.of(out.resolve(file)) + "\"");
		}
	}

	@Test
	void refusedDropExitsThreeWithOneLineNamingTheFile() {
		Path drop = TestDrops.write(this.temp, "drop", Map.of("ssd_person.csv", "pers_person_id,pers_sex,pers_dob\nP1,F,2026-01-01\n"));
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "run-audit", "--extract", drop.toString(), "--period", "2026-10", "--out",
				this.temp.resolve("out").toString() }, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(3);
		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(message.lines()).hasSize(1);
		assertThat(message).startsWith("error: ").contains("ssd_person.csv").contains("pers_expected_dob");
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void settingOutOfRangeExitsOneWithOneLineNamingTheSettingItsValueAndWhereItCameFrom() {
		Run run = runAuditWithScorePartitions("0");

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err().lines()).hasSize(1);
		assertThat(run.err()).startsWith("error: setting audit.run.score-partitions = '0' (")
			.contains("audit.run.score-partitions").endsWith("): must be greater than or equal to 1" + System.lineSeparator());
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void settingThatIsNotANumberExitsOneNamingIt() {
		Run run = runAuditWithScorePartitions("two");

		assertThat(run.code()).isEqualTo(1);
		assertThat(run.err()).startsWith("error: setting audit.run.score-partitions = 'two' (")
			.endsWith("): cannot be read as int" + System.lineSeparator());
	}

	@Test
	void unreachableDatabaseExitsOneWithOneLineNamingWhere() {
		System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/audit");
		try {
			var err = new ByteArrayOutputStream();
			int code = Cli.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
					"--period", "2026-10", "--out", this.temp.resolve("out").toString() }, System.out,
					new PrintStream(err, true, StandardCharsets.UTF_8));

			assertThat(code).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement()
				.asString()
				.startsWith("error: Connection to 127.0.0.1:1 refused");
			assertThat(this.temp.resolve("out")).doesNotExist();
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void benchmarkPrintsASizesFiguresAndLeavesNoYardstickTables() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "benchmark", "--sizes", "300", "--work", this.temp.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		List<String> header = List.of(lines.get(0).trim().split(" +"));
		List<String> row = List.of(lines.get(1).trim().split(" +"));
		assertThat(header).startsWith("babies", "extract_rows").endsWith("least_s", "least_x").hasSameSizeAs(row);
		Map<String, Double> figures = new java.util.HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			figures.put(header.get(i), Double.parseDouble(row.get(i)));
		}
		assertThat(figures.get("babies")).isEqualTo(300);
		assertThat(figures.get("extract_rows")).as("the rows the run's manifest says it read")
			.isEqualTo(rowsRead(this.temp.resolve("out-300").resolve("manifest.json")));
		// Times and their ratios depend on the machine and what else it is doing: only their form is checked.
		for (String figure : List.of("copy_s", "least_s", "least_x")) {
			assertThat(figures.get(figure)).as(figure).isNotNegative();
		}
		try (ConfigurableApplicationContext context = Cli.start()) {
			assertThat(context.getBean(JdbcClient.class)
				.sql("select count(*) from pg_tables where tablename like 'bench\\_copy\\_%'")
				.query(Long.class)
				.single()).as("the yardsticks' tables are dropped").isZero();
		}
	}

	@Test
	void pageBenchmarkSignsInAsTheRoleAndCountsEveryPageItAskedFor() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "benchmark-pages", "--babies", "300", "--role", "OPERATOR", "--paths",
				"/runs,/runs/{run},/jobs", "--clients", "2", "--warmup", "1", "--seconds", "2", "--runs", "120", "--work",
				this.temp.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> lines = printed.lines().toList();
		assertThat(lines.get(0)).startsWith("benchmark-pages: 300 babies, run 1, 120 runs listed, 2 clients as OPERATOR");
		assertThat(lines.get(1).trim().split(" +")).containsExactly("path", "requests", "failed", "p50_ms", "p95_ms",
				"p99_ms", "max_ms");
		for (String path : List.of("/runs", "/runs/{run}", "/jobs")) {
			String[] row = lines.stream().filter(line -> line.startsWith(path + " ")).findFirst().orElseThrow()
				.trim().split(" +");
			assertThat(Long.parseLong(row[1])).as(path + " requests").isPositive();
			assertThat(row[2]).as(path + " failed").isEqualTo("0");
		}
		// A BOARD user is refused the operators' pages: every request counts as failed, and so does the command.
		code = Cli.run(new String[] { "benchmark-pages", "--babies", "300", "--role", "BOARD", "--paths", "/runs",
				"--clients", "1", "--warmup", "1", "--seconds", "1", "--work", this.temp.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(1);
	}

	/** The rows read of every file of the drop, by the run's manifest. */
	private static double rowsRead(Path manifest) {
		try {
			return java.util.regex.Pattern.compile("\"name\" : \"[^\"]+\\.csv\",[^}]*?\"rows_read\" : (\\d+)")
				.matcher(Files.readString(manifest))
				.results()
				.mapToLong(found -> Long.parseLong(found.group(1)))
				.sum();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aDefaultToolSettingThatNamesNoFileIsASettingErrorNotARefusedInput() {
		System.setProperty("audit.run.tool", "/no/such/tool.yml");
		try {
			var err = new ByteArrayOutputStream();
			int code = Cli.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
					"--period", "2026-10", "--out", this.temp.resolve("out-tool").toString() }, System.out,
					new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(code).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
					"error: setting audit.run.tool (AUDIT_RUN_TOOL) = '/no/such/tool.yml': no such file" + System.lineSeparator());
		}
		finally {
			System.clearProperty("audit.run.tool");
		}
	}

	@Test
	void aToolOptionThatNamesNoFileIsASettingErrorNamingItself() {
		var err = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
				"--period", "2026-10", "--out", this.temp.resolve("out-tool").toString(), "--tool", "/no/such/tool.yml" },
				System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: --tool /no/such/tool.yml: no such file"
				+ System.lineSeparator());
	}

	/** Exit code and standard error of a run-audit of the worked example, with the setting given as a system property. */
	private record Run(int code, String err) {
	}

	private Run runAuditWithScorePartitions(String value) {
		System.setProperty("audit.run.score-partitions", value);
		try {
			var err = new ByteArrayOutputStream();
			int code = Cli.run(new String[] { "run-audit", "--extract", TestDrops.workedExample(this.temp).toString(),
					"--period", "2026-10", "--out", this.temp.resolve("out").toString() }, System.out,
					new PrintStream(err, true, StandardCharsets.UTF_8));
			return new Run(code, err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.clearProperty("audit.run.score-partitions");
		}
	}
}
