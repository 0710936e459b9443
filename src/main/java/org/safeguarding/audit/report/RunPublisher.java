package org.safeguarding.audit.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.Criterion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes one run's folder (outputs.md): the four CSV files, the dashboards and workbook, and
 * last the manifest with every other file's SHA-256. The folder is written beside its place and
 * switched into it whole when every file is complete ({@link PublishFolder}), so a failed publish
 * leaves neither a half-written file nor a mix of two runs' files.
 */
@Component
public class RunPublisher {

	private static final Logger log = LoggerFactory.getLogger(RunPublisher.class);

	private final CsvFiles csv;

	private final RunManifest manifest;

	private final JdbcClient jdbcClient;

	private final ReportProperties properties;

	/** The runs' one managed executor: the workbook is written on it. */
	private final Executor workers;

	/** One publisher per settings (in practice per tool), all sharing the compiled templates. */
	private final Map<ReportSettings, ReportPublisher> reports = new ConcurrentHashMap<>();

	private final ReportTemplates templates = new ReportTemplates();

	private final AtomicBoolean prepared = new AtomicBoolean();

	public RunPublisher(DataSource dataSource, JdbcClient jdbcClient, RunManifest manifest,
			ReportProperties properties, @Qualifier("auditWorkers") Executor workers) {
		this.workers = workers;
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setFetchSize(1000);
		this.csv = new CsvFiles(jdbc);
		this.jdbcClient = jdbcClient;
		this.manifest = manifest;
		this.properties = properties;
	}

	/**
	 * Starts compiling the board pack's templates in the background (once per process), so that
	 * publishing a run does not wait for the compiler; call when a job starts.
	 */
	public void prepare() {
		if (this.prepared.compareAndSet(false, true)) {
			this.templates.compileInBackground(BoardDashboard.TEMPLATES);
		}
	}

	/**
	 * Publishes the run's folder as {@code out}, replacing an earlier run's folder whole
	 * ({@link PublishFolder}); returns the published files, manifest last.
	 */
	public List<Path> publish(long runId, Path out, long jobExecutionId, AuditTool tool) {
		long started = System.nanoTime();
		long cpuStarted = processCpuNanos();
		List<String> names = new ArrayList<>();
		CriterionWords words = CriterionWords.of(tool);
		PublishFolder.publish(out, staging -> {
			List<Path> reports = reportPublisher(tool).publish(runId, staging,
					() -> writeCsvFiles(runId, staging, names), words);
			for (Path report : reports) {
				names.add(report.getFileName().toString());
			}
			names.add(this.manifest.write(runId, jobExecutionId, staging, names));
		});
		log.info("Run {} published to {} in {} s ({} s of CPU)", runId, out.toAbsolutePath().normalize(),
				seconds(System.nanoTime() - started), seconds(processCpuNanos() - cpuStarted));
		return names.stream().map(out::resolve).toList();
	}

	/**
	 * Publishes a new version of the run's board pack from its reviewed figures (the run's folder is
	 * left as it is; every version is kept in the store) and returns the version.
	 */
	public int publishReviewed(long runId, AuditTool tool, ReviewedCounts reviewed, String publishedBy) {
		return reportPublisher(tool).publishReviewed(runId, CriterionWords.of(tool), reviewed, publishedBy);
	}

	private ReportPublisher reportPublisher(AuditTool tool) {
		List<String> headline = this.properties.headlineCriteria().isEmpty()
				? tool.criteria().stream().filter(c -> c.weight() >= 2).map(Criterion::code).toList()
				: this.properties.headlineCriteria();
		ReportSettings settings = new ReportSettings(this.properties.partnershipName(),
				this.properties.suppressionThreshold(), headline,
				new RagThresholds(tool.ragGreen().doubleValue(), tool.ragAmber().doubleValue()));
		return this.reports.computeIfAbsent(settings, s -> new ReportPublisher(this.jdbcClient, s, this.templates, this.workers));
	}

	private void writeCsvFiles(long runId, Path dir, List<String> names) {
		this.csv.write(dir.resolve("case-results.csv"), List.of("case_id", "team", "criterion", "outcome", "evidence"),
				"""
						select case_id, team, criterion, outcome, evidence from case_result where run_id = ?
						order by case_id collate "C", criterion_seq""", runId);
		this.csv.write(dir.resolve("case-scores.csv"),
				List.of("case_id", "team", "applicable_criteria", "score", "grade"), """
						select case_id, team, applicable_criteria, score, grade from case_score where run_id = ?
						order by case_id collate "C\"""", runId);
		this.csv.write(dir.resolve("criteria-summary.csv"), List.of("criterion", "applicable", "met", "partly_met",
				"not_met", "compliance_pct", "ci_low_pct", "ci_high_pct"), """
						select criterion, applicable, met, partly_met, not_met, compliance_pct, ci_low_pct, ci_high_pct
						from criterion_summary where run_id = ? order by criterion_seq""", runId);
		this.csv.write(dir.resolve("rejected-rows.csv"), List.of("file", "line", "table", "record_id", "reason"), """
				select r.file_name, r.line_no, r.table_name, r.record_id, r.reason
				from rejected_row r join audit_run a on a.load_id = r.load_id
				where a.run_id = ? order by r.file_name collate "C", r.line_no""", runId);
		names.addAll(List.of("case-results.csv", "case-scores.csv", "criteria-summary.csv", "rejected-rows.csv"));
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}
}
