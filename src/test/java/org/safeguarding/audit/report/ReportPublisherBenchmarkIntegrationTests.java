package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes a run of 10,000 cases (generated in SQL) and prints how long it took. Opt-in, and
 * it asserts no timing: {@code ./mvnw -o test -Dtest=ReportPublisherBenchmarkIntegrationTests -Dreport.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "report.benchmark", matches = "true")
class ReportPublisherBenchmarkIntegrationTests {

	static final int CASES = 10_000;

	@Test
	void publishesTenThousandCases(@TempDir Path out) {
		JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
		AuditHistory history = AuditHistory.in(TestDatabase.dataSource());
		long runId = jdbc.sql(BenchmarkRun.SQL).param("loadId", history.loadId).param("cases", CASES)
			.query(Long.class)
			.single();
		ReportPublisher publisher = new ReportPublisher(jdbc, ReportSettings.defaults("Benchmark Partnership"));
		publisher.publish(history.runId, out.resolve("warm-up"));
		long start = System.nanoTime();
		List<Path> files = publisher.publish(runId, out);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Published %,d cases in %,d ms: %s%n", CASES, millis,
				files.stream().map(f -> f.getFileName() + " " + f.toFile().length() / 1024 + " KiB").toList());
		assertThat(files).allMatch(f -> f.toFile().length() > 0);
	}
}
