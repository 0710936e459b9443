package org.safeguarding.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.OwnStore;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command demo as a newcomer runs it, through the shipped job file: every month published,
 * one demo user per role with its password printed once, and a second run adds nothing.
 */
@ExtendWith(OwnStore.class)
class DemoIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void publishesEveryMonthInOrderAndARunAgainReplacesRatherThanAdds() throws Exception {
		Path jobs = Files.createDirectories(this.temp.resolve("jobs/audit-tools"));
		Files.copy(Path.of("jobs/demo.yml"), jobs.resolveSibling("demo.yml"));
		Files.copy(Path.of("jobs/audit-tools/babies-under-one.yml"), jobs.resolve("babies-under-one.yml"));
		System.setProperty("audit.jobs.dir", jobs.getParent().toString());
		try {
			check(this.temp.resolve("out"));
		}
		finally {
			System.clearProperty("audit.jobs.dir");
		}
	}

	private void check(Path out) throws Exception {
		YearMonth last = YearMonth.now(org.safeguarding.audit.audit.AuditPeriod.PARTNERSHIP_ZONE).minusMonths(1);
		List<String> periods = List.of(last.minusMonths(1).toString(), last.toString());

		List<String> first = demo();
		Map<String, Long> storedOnce = stored();
		String resultsOnce = Files.readString(out.resolve(last.toString()).resolve("case-results.csv"));
		List<String> second = demo();

		Path newest = out.resolve(last.toString()).resolve("board-dashboard.html").toAbsolutePath().normalize();
		List<String> published = List.of("published " + periods.get(0) + " to " + out.resolve(periods.get(0)).toAbsolutePath().normalize(),
				"published " + periods.get(1) + " to " + out.resolve(periods.get(1)).toAbsolutePath().normalize(),
				"newest dashboard: " + newest);
		assertThat(first.subList(0, 3)).isEqualTo(published);
		assertThat(first.subList(3, 7)).allSatisfy(line -> assertThat(line).matches(
				"demo user demo-(board|qa|operator|admin) \\((BOARD|QA_OFFICER|OPERATOR|ADMIN)\\): password [A-Za-z0-9]{20}"));
		assertThat(first).hasSize(7);
		assertThat(second.subList(0, 3)).isEqualTo(published);
		assertThat(second.get(3)).startsWith("demo users demo-board, demo-qa, demo-operator, demo-admin exist already");
		assertThat(newest).isRegularFile();
		for (String period : periods) {
			assertThat(out.resolve(period)).isDirectoryContaining("glob:**/qa-findings.xlsx")
				.isDirectoryContaining("glob:**/board-dashboard.pdf")
				.isDirectoryContaining("glob:**/manifest.json");
		}
		assertThat(storedOnce).containsEntry("audit_run", 2L).containsEntry("extract_load", 2L);
		assertThat(storedOnce.get("case_score")).isPositive();
		assertThat(stored()).as("the second demo replaced the same two runs").isEqualTo(storedOnce);
		assertThat(Files.readString(out.resolve(last.toString()).resolve("case-results.csv"))).isEqualTo(resultsOnce);
	}

	/** Runs the demo for two months of 40 babies, without serving; its standard output, line by line. */
	private static List<String> demo() {
		var stdout = new ByteArrayOutputStream();
		var stderr = new ByteArrayOutputStream();
		int code = Cli.run(new String[] { "demo", "--months", "2", "--cases", "40", "--serve", "false" },
				new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
		return stdout.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/** Rows kept in the store: runs, loads, and every run's scored cases. */
	private static Map<String, Long> stored() {
		try (ConfigurableApplicationContext context = Cli.start()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			return Map.of("audit_run", count(jdbc, "audit_run"), "extract_load", count(jdbc, "extract_load"), "case_score",
					count(jdbc, "case_score"), "ssd_person", count(jdbc, "ssd_person"));
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
