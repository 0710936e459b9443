package org.safeguarding.audit.run;

import java.nio.file.Path;
import javax.sql.DataSource;

import org.safeguarding.audit.audit.AuditRuns;
import org.safeguarding.audit.audit.CaseFile;
import org.safeguarding.audit.audit.CaseFileReader;
import org.safeguarding.audit.audit.CaseRanges;
import org.safeguarding.audit.audit.CaseResultWriter;
import org.safeguarding.audit.audit.CaseScoringProcessor;
import org.safeguarding.audit.audit.ScoredCase;
import org.safeguarding.audit.extract.DropFileLoader;
import org.safeguarding.audit.extract.DropFilePartitioner;
import org.safeguarding.audit.extract.ExtractLoads;
import org.safeguarding.audit.extract.ExtractResolver;
import org.safeguarding.audit.extract.LoadDropTasklet;
import org.safeguarding.audit.report.RunPublisher;
import org.safeguarding.audit.scale.RemotePartitions;
import org.safeguarding.audit.store.PgCopy;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code auditJob}: check the inputs, load the drop (or reuse it when it was loaded before),
 * score every case of the period's cohort, summarise, and publish the run's files.
 */
@Configuration(proxyBeanMethods = false)
class AuditJobConfiguration {

	@Bean
	Job auditJob(JobRepository jobRepository, Step checkInputsStep, JobExecutionDecider loadDecider,
			Step loadExtractStep, Step resolveExtractStep, Step openRunStep, Step scoreCasesStep,
			Step summariseRunStep, Step publishRunStep, RunPublisher runPublisher, Runs runs) {
		JobExecutionListener beforeJob = new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				// Operators can follow (and stop) the execution from now on.
				Long run = jobExecution.getJobParameters().getLong(RunLauncher.RUN_PARAMETER);
				if (run != null) {
					runs.jobExecution(run, jobExecution.getId());
				}
				// They compile in the background while the drop is loaded and scored.
				runPublisher.prepare();
			}
		};
		return new JobBuilder("auditJob", jobRepository).listener(beforeJob)
			.start(checkInputsStep)
			.next(loadDecider)
			.on("REUSE")
			.to(openRunStep)
			.next(scoreCasesStep)
			.next(summariseRunStep)
			.next(publishRunStep)
			.from(loadDecider)
			.on("LOAD")
			.to(loadExtractStep)
			.next(resolveExtractStep)
			.next(openRunStep)
			.end()
			.build();
	}

	@Bean
	@JobScope
	RunInputs runInputs(@Value("#{jobParameters['period']}") String period,
			@Value("#{jobParameters['tool']}") String tool, @Value("#{jobParameters['extract']}") String extract,
			@Value("#{jobParameters['out']}") String out) {
		return new RunInputs(period, tool, extract, out);
	}

	@Bean
	PgCopy pgCopy(DataSource dataSource) {
		return new PgCopy(dataSource);
	}

	@Bean
	Step checkInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunInputs runInputs, ExtractLoads extractLoads, Runs runs) {
		// Checked again on a restart: the drop is inspected afresh, and a partial load removed since
		// (its run's process died) is begun again rather than continued.
		return new StepBuilder("checkInputsStep", jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			ExtractLoads.LoadStart load = extractLoads.begin(runInputs.drop(), runOf(jobExecution), runs::isRunningAlive);
			ExecutionContext job = jobExecution.getExecutionContext();
			job.putLong("loadId", load.loadId());
			job.putString("load", load.reused() ? "REUSE" : "LOAD");
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	/** The engine's run this execution carries out (0 for an execution started without one). */
	static long runOf(JobExecution jobExecution) {
		Long run = jobExecution.getJobParameters().getLong(RunLauncher.RUN_PARAMETER);
		return (run != null) ? run : 0;
	}

	@Bean
	JobExecutionDecider loadDecider() {
		return (jobExecution, stepExecution) -> new FlowExecutionStatus(
				jobExecution.getExecutionContext().getString("load"));
	}

	/**
	 * The drop's files loaded by {@code audit.run.load-partitions} workers at once; the workers'
	 * counts add up here, in the step the benchmark and operators read.
	 */
	@Bean
	Step loadExtractStep(JobRepository jobRepository, Step loadFilesStep, DropFilePartitioner dropFilePartitioner,
			RunProperties properties, RunsProperties runs, DataSource dataSource,
			@Qualifier(AuditWorkersConfiguration.AUDIT_WORKERS) TaskExecutor auditWorkers,
			ObjectProvider<RemotePartitions> remote) {
		return PartitionWorkers.step("loadExtractStep", jobRepository, dropFilePartitioner, loadFilesStep,
				"audit.run.load-partitions", properties.loadPartitions(), 1, dataSource, runs.concurrent(), auditWorkers,
				remote.getIfAvailable());
	}

	@Bean
	@JobScope
	DropFilePartitioner dropFilePartitioner(RunInputs runInputs) {
		return new DropFilePartitioner(runInputs.drop());
	}

	@Bean
	Step loadFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LoadDropTasklet loadDropTasklet) {
		// Every worker is started again on a restart: one whose files were all loaded finds nothing
		// left to do, unless its load was begun anew (LoadDropTasklet keeps its place per load).
		return new StepBuilder("loadFilesStep", jobRepository).tasklet(loadDropTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	LoadDropTasklet loadDropTasklet(RunInputs runInputs, @Value("#{jobExecutionContext['loadId']}") Long loadId,
			DropFileLoader dropFileLoader) {
		return new LoadDropTasklet(runInputs.drop(), loadId, dropFileLoader);
	}

	@Bean
	Step resolveExtractStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ExtractResolver resolver, ExtractLoads extractLoads) {
		return new StepBuilder("resolveExtractStep", jobRepository).tasklet((contribution, chunkContext) -> {
			long loadId = (Long) chunkContext.getStepContext().getJobExecutionContext().get("loadId");
			long before = extractLoads.rejectedRows(loadId);
			resolver.resolve(loadId);
			extractLoads.finish(loadId);
			// Filtered: rows rejected by checks 2 and 3 (duplicates, unknown references).
			contribution.incrementFilterCount(extractLoads.rejectedRows(loadId) - before);
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	@Bean
	Step openRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunInputs runInputs, AuditRuns auditRuns, Runs runs) {
		return new StepBuilder("openRunStep", jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			ExecutionContext job = jobExecution.getExecutionContext();
			long auditRunId = auditRuns.open(job.getLong("loadId"), runInputs.period(), runInputs.tool(),
					runInputs.drop(), runOf(jobExecution), runs::isRunningAlive);
			job.putLong("auditRunId", auditRunId);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Scores the cohort in ranges of case ids, one worker thread each ({@link CaseRanges}): reading
	 * a case file waits on PostgreSQL and scoring it on Java, so one range at a time leaves a core
	 * of this machine's two idle for much of the step. Each range commits and restarts alone.
	 */
	@Bean
	Step scoreCasesStep(JobRepository jobRepository, Step scoreCaseRangeStep, CaseRanges caseRanges,
			RunProperties properties, RunsProperties runs, DataSource dataSource,
			@Qualifier(AuditWorkersConfiguration.AUDIT_WORKERS) TaskExecutor auditWorkers,
			ObjectProvider<RemotePartitions> remote) {
		// A range's reader keeps its own connection open beside its chunks' transactions.
		return PartitionWorkers.step("scoreCasesStep", jobRepository, caseRanges, scoreCaseRangeStep,
				"audit.run.score-partitions", properties.scorePartitions(), 2, dataSource, runs.concurrent(), auditWorkers,
				remote.getIfAvailable());
	}

	@Bean
	@StepScope
	CaseRanges caseRanges(JdbcClient jdbcClient, RunInputs runInputs,
			@Value("#{jobExecutionContext['loadId']}") Long loadId) {
		return new CaseRanges(jdbcClient, loadId, runInputs.period().auditDate());
	}

	@Bean
	Step scoreCaseRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CaseFileReader caseFileReader, CaseScoringProcessor caseScoringProcessor,
			CaseResultWriter caseResultWriter, RunProperties properties,
			ObjectProvider<ItemWriteListener<ScoredCase>> listeners) {
		var builder = new StepBuilder("scoreCaseRangeStep", jobRepository)
			.<CaseFile, ScoredCase>chunk(properties.scoreChunkSize())
			.transactionManager(transactionManager)
			.reader(caseFileReader)
			.processor(caseScoringProcessor)
			.writer(caseResultWriter);
		// None in the product; tests inject faults and pauses between chunks through this.
		listeners.orderedStream().forEach(builder::listener);
		return builder.build();
	}

	@Bean
	@StepScope
	CaseFileReader caseFileReader(DataSource dataSource, RunInputs runInputs,
			@Value("#{jobExecutionContext['loadId']}") Long loadId) {
		return new CaseFileReader(dataSource, loadId, runInputs.period().auditDate());
	}

	@Bean
	@StepScope
	CaseScoringProcessor caseScoringProcessor(RunInputs runInputs) {
		return new CaseScoringProcessor(runInputs.tool(), runInputs.period());
	}

	@Bean
	@StepScope
	CaseResultWriter caseResultWriter(@Value("#{jobExecutionContext['auditRunId']}") Long runId, DataSource dataSource,
			PgCopy pgCopy) {
		return new CaseResultWriter(runId, dataSource, pgCopy);
	}

	@Bean
	Step summariseRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunInputs runInputs, AuditRuns auditRuns) {
		return new StepBuilder("summariseRunStep", jobRepository).tasklet((contribution, chunkContext) -> {
			long runId = (Long) chunkContext.getStepContext().getJobExecutionContext().get("auditRunId");
			auditRuns.summarise(runId, runInputs.tool());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step publishRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunInputs runInputs, RunPublisher runPublisher, AuditRuns auditRuns) {
		return new StepBuilder("publishRunStep", jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			long runId = jobExecution.getExecutionContext().getLong("auditRunId");
			Path out = Path.of(jobExecution.getJobParameters().getString("out"));
			runPublisher.publish(runId, out, jobExecution.getId(), runInputs.tool());
			auditRuns.published(runId);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}
}
