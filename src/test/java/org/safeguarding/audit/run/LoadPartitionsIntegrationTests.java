package org.safeguarding.audit.run;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.SafeguardingAuditApplication;
import org.safeguarding.audit.extract.Drop;
import org.safeguarding.audit.extract.DropFile;
import org.safeguarding.audit.extract.DropFileLoader;
import org.safeguarding.audit.extract.FilePiece;
import org.safeguarding.audit.extract.Table;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratorSettings;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load step on several workers stores exactly what one worker stores; a worker that fails
 * fails the run naming its file, and its load is done again by the next run. Each case starts
 * the application on a PostgreSQL of its own, with the number of workers it needs.
 */
class LoadPartitionsIntegrationTests {

	/** The file whose load fails while {@link #failing} is set (not the largest: another worker's). */
	static final String FAILING_FILE = "ssd_cin_episodes.csv";

	@TempDir
	static Path temp;

	static Path drop;

	static List<String> oneWorker;

	final AtomicBoolean failing = new AtomicBoolean();

	@BeforeAll
	static void loadWithOneWorker() throws Exception {
		drop = new ExtractGenerator(new GeneratorSettings(300, YearMonth.of(2026, 10), 11, 0.03))
			.write(temp.resolve("drop"))
			.folder();
		try (ConfigurableApplicationContext app = start("one", 1, null)) {
			AuditRunner.RunResult result = run(app, "one");
			assertThat(result.completed()).as(result.reason()).isTrue();
			oneWorker = stored(app);
		}
		assertThat(oneWorker).anyMatch(row -> row.startsWith("rejected_row "));
	}

	@Test
	void twoWorkersStoreTheSameRowsAndRejectionsAsOne() throws Exception {
		try (ConfigurableApplicationContext app = start("two", 2, null)) {
			AuditRunner.RunResult result = run(app, "two");

			assertThat(result.completed()).as(result.reason()).isTrue();
			assertThat(stored(app)).isEqualTo(oneWorker);
			List<StepExecution> steps = new ArrayList<>(
					app.getBean(JobRepository.class).getJobExecution(result.jobExecutionId()).getStepExecutions());
			assertThat(steps).extracting(StepExecution::getStepName)
				.contains("loadExtractStep", "loadFilesStep:partition0", "loadFilesStep:partition1")
				.doesNotContain("loadFilesStep:partition2");
			assertThat(steps).as("the children's services events were loaded in pieces, on both workers")
				.filteredOn(s -> s.getStepName().startsWith("loadFilesStep:"))
				.allMatch(s -> s.getExecutionContext().getString("loadDrop.files")
					.matches("(.*/)?\\d+:-?\\d+:\\d+:ext_agency_events_csc\\.csv(/.*)?"));
			StepExecution manager = steps.stream().filter(s -> s.getStepName().equals("loadExtractStep")).findFirst()
				.orElseThrow();
			long workersRead = steps.stream().filter(s -> s.getStepName().startsWith("loadFilesStep:"))
				.mapToLong(StepExecution::getReadCount).sum();
			assertThat(manager.getReadCount()).as("the manager sums its workers").isEqualTo(workersRead)
				.isEqualTo(rowsRead(app));
			assertThat(manager.getWriteCount() + manager.getFilterCount()).as("stored and rejected by check 1")
				.isEqualTo(rowsRead(app));
		}
	}

	@Test
	void failedWorkerFailsTheRunNamingItsFileAndTheLoadIsDoneAgainNextRun() throws Exception {
		try (ConfigurableApplicationContext app = start("failing", 2, this.failing)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			this.failing.set(true);
			AuditRunner.RunResult failed = run(app, "failed");

			assertThat(failed.completed()).isFalse();
			assertThat(failed.refused()).isFalse();
			assertThat(failed.reason()).contains("loadFilesStep:partition", "loading " + FAILING_FILE)
				.doesNotContain("Partition handler").doesNotContain("the disk went away");
			assertThat(jdbc.sql("select status from extract_load").query(String.class).single()).isEqualTo("LOADING");
			assertThat(jdbc.sql("select count(*) from ssd_cin_episodes where file_name = :file")
				.param("file", FAILING_FILE).query(Long.class).single()).as("its rows were rolled back").isZero();
			assertThat(jdbc.sql("select count(*) from rejected_row where file_name = :file")
				.param("file", FAILING_FILE).query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select rows_read from extract_file where file_name = :file")
				.param("file", FAILING_FILE).query(Long.class).single()).isZero();

			this.failing.set(false);
			AuditRunner.RunResult again = run(app, "again");

			assertThat(again.completed()).as(again.reason()).isTrue();
			assertThat(jdbc.sql("select count(*) from extract_load").query(Long.class).single()).isOne();
			assertThat(stored(app)).isEqualTo(oneWorker);
		}
	}

	/**
	 * The application with {@code workers} load workers; when {@code failing} is given, the file
	 * {@link #FAILING_FILE} fails to load while it is set, after its rows were copied.
	 */
	static ConfigurableApplicationContext start(String name, int workers, AtomicBoolean failing) {
		SpringApplicationBuilder app = new SpringApplicationBuilder(SafeguardingAuditApplication.class)
			.logStartupInfo(false)
			.properties("audit.store.data-dir=" + temp.resolve("postgres-" + name), "audit.store.durable=false",
					"audit.run.load-partitions=" + workers);
		if (failing != null) {
			app.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DropFileLoader loader) ? failingOnce(loader, failing) : bean;
				}
			}));
		}
		return app.run();
	}

	private static DropFileLoader failingOnce(DropFileLoader loader, AtomicBoolean failing) {
		return new DropFileLoader(null, null, null) {
			@Override
			public FileCounts load(Drop drop, DropFile file, FilePiece piece, long loadId) {
				FileCounts counts = loader.load(drop, file, piece, loadId);
				if (failing.get() && file.name().equals(FAILING_FILE)) {
					throw new IllegalStateException(file.name() + ": the disk went away");
				}
				return counts;
			}
		};
	}

	private static AuditRunner.RunResult run(ConfigurableApplicationContext app, String out) throws Exception {
		return app.getBean(AuditRunner.class).run(drop, "2026-10", null, temp.resolve("out-" + out));
	}

	/**
	 * Every row the load stored or rejected and every file's counts, as text without the load's
	 * id, in file and line order.
	 */
	static List<String> stored(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		List<String> tables = new ArrayList<>();
		for (Table table : Table.values()) {
			tables.add(table.tableName());
		}
		tables.add("rejected_row");
		List<String> rows = new ArrayList<>();
		for (String table : tables) {
			rows.addAll(jdbc.sql("select '" + table + " ' || (to_jsonb(t) - 'load_id')::text from " + table
					+ " t order by t.file_name collate \"C\", t.line_no, 1").query(String.class).list());
		}
		rows.addAll(jdbc.sql("""
				select 'extract_file ' || file_name || ' ' || rows_read || ' ' || rows_loaded || ' ' || rows_rejected
				from extract_file order by file_name collate "C\"""").query(String.class).list());
		return rows;
	}

	private static long rowsRead(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("select sum(rows_read) from extract_file").query(Long.class).single();
	}
}
