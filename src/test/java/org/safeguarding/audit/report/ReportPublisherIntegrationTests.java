package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReportPublisherIntegrationTests {

	static JdbcClient jdbc;

	static AuditHistory history;

	@BeforeAll
	static void database() {
		long t0 = System.nanoTime();
		jdbc = JdbcClient.create(TestDatabase.dataSource());
		long t1 = System.nanoTime();
		history = AuditHistory.in(TestDatabase.dataSource());
		System.out.printf("TIMING db %d ms, history %d ms%n", (t1 - t0) / 1000000, (System.nanoTime() - t1) / 1000000);
	}

	@Test
	void publishesThePack() {
		Path out = Path.of(System.getProperty("report.example.dir", "target/report-example"));
		long t0 = System.nanoTime();
		ReportPublisher publisher = new ReportPublisher(jdbc, ReportSettings.defaults("Midshire Safeguarding Children Partnership"));
		List<Path> files = publisher.publish(history.runId, out);
		long t1 = System.nanoTime();
		publisher.publish(history.runId, out);
		System.out.printf("TIMING publish first %d ms, second %d ms%n", (t1 - t0) / 1000000, (System.nanoTime() - t1) / 1000000);
		assertThat(files).allMatch(f -> f.toFile().length() > 0);
	}
}
