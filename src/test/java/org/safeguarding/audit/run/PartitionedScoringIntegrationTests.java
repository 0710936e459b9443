package org.safeguarding.audit.run;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.audit.CaseFile;
import org.safeguarding.audit.audit.CaseFileReader;
import org.safeguarding.audit.audit.CaseScoringProcessor;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.ScoredCase;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratedDrop;
import org.safeguarding.audit.generate.GeneratorSettings;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cohort cut into four ranges scored at once, every case is scored exactly once and
 * stores what one reader over the whole cohort gives, outcome by outcome.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"audit.run.score-partitions=4" })
class PartitionedScoringIntegrationTests {

	@Autowired
	AuditRunner runner;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	@Test
	void fourRangesStoreWhatOneReaderOverTheCohortScores() throws Exception {
		GeneratedDrop drop = new ExtractGenerator(new GeneratorSettings(300, YearMonth.of(2026, 10), 11, 0.02))
			.write(this.temp.resolve("drop"));

		AuditRunner.RunResult result = this.runner.run(drop.folder(), "2026-10", null, this.temp.resolve("out"));

		assertThat(result.completed()).as(result.reason()).isTrue();
		JobExecution execution = this.jobRepository.getJobExecution(result.jobExecutionId());
		List<StepExecution> ranges = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith("scoreCaseRangeStep:"))
			.toList();
		assertThat(ranges).hasSize(4);
		long fewest = ranges.stream().mapToLong(StepExecution::getReadCount).min().orElseThrow();
		long most = ranges.stream().mapToLong(StepExecution::getReadCount).max().orElseThrow();
		assertThat(most - fewest).as("cases read per range").isLessThanOrEqualTo(1);
		assertThat(fewest).isGreaterThan(50);
		long loadId = this.jdbc.sql("select load_id from audit_run order by run_id desc limit 1")
			.query(Long.class)
			.single();
		List<String> stored = this.jdbc.sql("""
				select r.case_id || '|' || r.criterion || '|' || r.outcome || '|' || r.evidence from case_result r
				where r.run_id = (select max(run_id) from audit_run)
				order by r.case_id collate "C", r.criterion_seq""").query(String.class).list();
		assertThat(stored).containsExactlyElementsOf(scoredByOneReader(loadId));
		assertThat(ranges.stream().mapToLong(StepExecution::getWriteCount).sum())
			.isEqualTo(this.jdbc.sql("select count(*) from case_score where run_id = (select max(run_id) from audit_run)")
				.query(Long.class)
				.single());
	}

	private List<String> scoredByOneReader(long loadId) throws Exception {
		AuditPeriod period = AuditPeriod.parse("2026-10");
		CaseScoringProcessor processor = new CaseScoringProcessor(
				AuditToolLoader.load(Path.of("jobs/audit-tools/babies-under-one.yml")), period);
		CaseFileReader reader = new CaseFileReader(this.dataSource, loadId, period.auditDate());
		reader.open(new ExecutionContext());
		List<String> outcomes = new ArrayList<>();
		try {
			for (CaseFile file = reader.read(); file != null; file = reader.read()) {
				ScoredCase scored = processor.process(file);
				if (scored != null) {
					for (CriterionOutcome outcome : scored.outcomes()) {
						outcomes.add(scored.caseId() + "|" + outcome.criterion() + "|" + outcome.outcome() + "|"
								+ outcome.evidence());
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return outcomes;
	}
}
