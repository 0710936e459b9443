package org.safeguarding.audit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report tests' audit history ({@link AuditHistory}: counts from 1 to 5 in cells, rows and
 * columns) published as a board pack into a database of the caller's, with the pack's printed
 * text: for tests of other packages that must show the pack's own figures.
 */
public final class PublishedHistory {

	/** What an identifier of a case, person, event or referral of the history looks like. */
	public static final Pattern IDENTIFIER = ReportPublisherIntegrationTests.IDENTIFIER;

	public static final String PARTNERSHIP = "Midshire Safeguarding Children Partnership";

	private final DataSource dataSource;

	private final ReportPublisher publisher;

	private final long runId;

	private PublishedHistory(DataSource dataSource) {
		this.dataSource = dataSource;
		this.publisher = new ReportPublisher(JdbcClient.create(dataSource), ReportSettings.defaults(PARTNERSHIP));
		this.runId = AuditHistory.in(dataSource).runId;
	}

	/** The history in this database (inserted once). */
	public static PublishedHistory in(DataSource dataSource) {
		return new PublishedHistory(dataSource);
	}

	/** The run of 2026-10 under test. */
	public long runId() {
		return this.runId;
	}

	/** The run of the history's tool published for the period (2025-10 to 2026-09). */
	public long runOf(String period) {
		return JdbcClient.create(this.dataSource)
			.sql("select run_id from audit_run where tool_id = ? and period = ? and status = 'PUBLISHED'")
			.params(AuditHistory.TOOL, period)
			.query(Long.class)
			.single();
	}

	/** Publishes the run's folder of reports into {@code dir}, a new version of its pack; {@code why} by criterion. */
	public void publish(long runId, Path dir, Map<String, String> why) {
		publish(runId, dir, Map.of(), why);
	}

	/** Publishes as {@link #publish(long, Path, Map)} does, with what each criterion checks too. */
	public void publish(long runId, Path dir, Map<String, String> checks, Map<String, String> why) {
		this.publisher.publish(runId, dir, () -> {
		}, new CriterionWords(checks, why));
	}

	/** The run's board pack as Jasper prints it: its texts in reading order. */
	public List<String> packText(long runId) {
		return PrintText.of(this.publisher.board(runId));
	}
}
