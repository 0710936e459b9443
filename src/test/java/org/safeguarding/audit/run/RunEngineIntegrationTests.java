package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.extract.Drop;
import org.safeguarding.audit.extract.DropInspector;
import org.safeguarding.audit.extract.ExtractLoads;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.safeguarding.audit.run.EngineTestSupport.ENDED;
import static org.safeguarding.audit.run.EngineTestSupport.await;
import static org.safeguarding.audit.run.EngineTestSupport.drop;

/**
 * The run engine on a real PostgreSQL: a queue whose runs are taken once, two at a time here;
 * runs that never touch each other; restart from the step that failed and stop at a chunk
 * boundary, each publishing exactly what an uninterrupted run publishes; backfills; and runs
 * orphaned by a dead instance.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}", "audit.runs.concurrent=2",
		"audit.runs.poll=200ms", "audit.run.score-chunk-size=40", "audit.runs.drop-retry=1s" })
@Import(EngineTestSupport.WriteHookConfiguration.class)
class RunEngineIntegrationTests {

	static final Path ROOT = createRoot();

	static final List<String> CSV = List.of("case-results.csv", "case-scores.csv", "criteria-summary.csv",
			"rejected-rows.csv");

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		Path jobs = EngineTestSupport.jobsFolder(ROOT);
		for (String job : List.of("alpha", "beta", "gamma", "delta", "epsilon", "resend")) {
			EngineTestSupport.folderJob(jobs, job, null);
		}
		EngineTestSupport.folderJob(jobs, "late", "schedule:\n  cron: \"0 0 6 2 * *\"\n  wait-for-drop: 7d\n");
		registry.add("audit.jobs.dir", jobs::toString);
		registry.add("audit.jobs.drops-dir", () -> ROOT.resolve("pulled").toString());
	}

	@Autowired
	RunEngine engine;

	@Autowired
	RunRequests requests;

	@Autowired
	Runs runs;

	@Autowired
	AuditRunner runner;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	ExtractLoads loads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResentDrops resent;

	@Autowired
	javax.sql.DataSource dataSource;

	@BeforeEach
	void start() {
		this.engine.start();
	}

	@AfterEach
	void noHook() {
		EngineTestSupport.WriteHook.beforeWrite = run -> {
		};
	}

	@Test
	void aQueuedRunIsTakenCarriedOutAndRecordsWhoAskedForIt() throws Exception {
		drop(ROOT, "alpha", "2026-01", 150, 1);
		long id = this.requests.request("alpha", "2026-01", "olivia.operator");
		Run run = await(this.runs, id, ENDED);
		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(run.trigger()).isEqualTo("olivia.operator");
		assertThat(run.jobExecutionId()).isNotNull();
		assertThat(run.loadId()).isNotNull();
		assertThat(run.auditRunId()).isNotNull();
		assertThat(run.dropFolder()).isEqualTo(ROOT.resolve("alpha/drops/2026-01").toString());
		assertThat(ROOT.resolve("alpha/out/2026-01/manifest.json")).isRegularFile();
	}

	@Test
	void theSameJobAndPeriodIsNeverQueuedTwiceAtOnce() {
		drop(ROOT, "alpha", "2026-02", 60, 2);
		AtomicBoolean hold = new AtomicBoolean(true);
		CountDownLatch release = new CountDownLatch(1);
		EngineTestSupport.WriteHook.beforeWrite = run -> {
			if (hold.get()) {
				awaitLatch(release);
			}
		};
		long id = this.requests.request("alpha", "2026-02", "olivia.operator");
		assertThatExceptionOfType(RunConflictException.class)
			.isThrownBy(() -> this.requests.request("alpha", "2026-02", "omar.operator"))
			.withMessage("job 'alpha' period 2026-02 is already queued or running (run " + id + ")");
		hold.set(false);
		release.countDown();
		assertThat(await(this.runs, id, ENDED).status()).isEqualTo(RunStatus.COMPLETED);
		long again = this.requests.request("alpha", "2026-02", "omar.operator");
		assertThat(await(this.runs, again, ENDED).status()).isEqualTo(RunStatus.COMPLETED);
	}

	@Test
	void twoRunsAtOnceNeverTouchEachOthersLoadsResultsOrFolders() throws Exception {
		drop(ROOT, "alpha", "2026-03", 200, 3);
		drop(ROOT, "alpha", "2026-04", 220, 4);
		// Each run's first chunk waits for the other's: both are running at the same time.
		CyclicBarrier both = new CyclicBarrier(2);
		Set<Long> met = java.util.concurrent.ConcurrentHashMap.newKeySet();
		EngineTestSupport.WriteHook.beforeWrite = run -> {
			if (met.add(run)) {
				try {
					both.await(60, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException("the other run never wrote a chunk at the same time", ex);
				}
			}
		};
		long march = this.requests.request("alpha", "2026-03", "olivia.operator");
		long april = this.requests.request("alpha", "2026-04", "olivia.operator");
		Run first = await(this.runs, march, ENDED);
		Run second = await(this.runs, april, ENDED);
		assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(first.loadId()).isNotEqualTo(second.loadId());
		assertThat(first.auditRunId()).isNotEqualTo(second.auditRunId());
		this.noHook();
		// Each alone, one after the other, publishes the same bytes.
		assertSameCsv(ROOT.resolve("alpha/out/2026-03"), alone("alpha", "2026-03"));
		assertSameCsv(ROOT.resolve("alpha/out/2026-04"), alone("alpha", "2026-04"));
	}

	@Test
	void aRunOfADropAnotherRunIsLoadingWaitsForThatLoadAndReusesIt() throws Exception {
		Path first = drop(ROOT, "epsilon", "2026-05", 300, 5);
		Path second = Files.createDirectories(ROOT.resolve("epsilon/drops/2026-06"));
		try (Stream<Path> files = Files.list(first)) {
			for (Path file : files.toList()) {
				Files.copy(file, second.resolve(file.getFileName()));
			}
		}
		long may = this.requests.request("epsilon", "2026-05", "olivia.operator");
		long june = this.requests.request("epsilon", "2026-06", "olivia.operator");
		Run one = await(this.runs, may, ENDED);
		Run two = await(this.runs, june, ENDED);
		assertThat(one.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(two.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(one.loadId()).isEqualTo(two.loadId());
		Drop inspected = new DropInspector().inspect(first);
		assertThat(this.jdbc.sql("select count(*) from extract_load where fingerprint = :f")
			.param("f", inspected.fingerprint()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRunThatFailedInScoringRestartsAsTheSameJobInstanceFromThatStepAndPublishesWhatACleanRunDoes()
			throws Exception {
		drop(ROOT, "beta", "2026-05", 400, 6);
		AtomicInteger writes = new AtomicInteger();
		EngineTestSupport.WriteHook.beforeWrite = run -> {
			if (writes.incrementAndGet() == 4) {
				throw new IllegalStateException("injected failure in the fourth chunk");
			}
		};
		long id = this.requests.request("beta", "2026-05", "olivia.operator");
		Run failed = await(this.runs, id, ENDED);
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.failure()).isEqualTo("injected failure in the fourth chunk");
		assertThat(ROOT.resolve("beta/out/2026-05")).doesNotExist();

		this.requests.restart(id);
		Run done = await(this.runs, id, ENDED);
		assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(done.restarts()).isEqualTo(1);
		JobExecution first = this.jobRepository.getJobExecution(failed.jobExecutionId());
		JobExecution second = this.jobRepository.getJobExecution(done.jobExecutionId());
		assertThat(second.getId()).isNotEqualTo(first.getId());
		assertThat(second.getJobInstance().getId()).isEqualTo(first.getJobInstance().getId());
		List<String> steps = second.getStepExecutions().stream().map(StepExecution::getStepName).toList();
		assertThat(steps).contains("checkInputsStep", "scoreCasesStep", "summariseRunStep", "publishRunStep")
			.doesNotContain("loadExtractStep", "resolveExtractStep", "openRunStep");
		// The ranges carried on from their last committed chunk: fewer cases read than the cohort.
		long readAgain = second.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("scoreCaseRangeStep"))
			.mapToLong(StepExecution::getReadCount).sum();
		int cases = this.jdbc.sql("select cases_audited from audit_run where run_id = :id")
			.param("id", done.auditRunId()).query(Integer.class).single();
		assertThat(readAgain).isPositive().isLessThan(cases);
		assertSameCsv(ROOT.resolve("beta/out/2026-05"), alone("beta", "2026-05"));
	}

	@Test
	void aStoppedRunStopsAtAChunkBoundaryPublishesNothingAndRestartsToWhatACleanRunPublishes() throws Exception {
		drop(ROOT, "gamma", "2026-05", 400, 7);
		CountDownLatch reached = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger writes = new AtomicInteger();
		EngineTestSupport.WriteHook.beforeWrite = run -> {
			if (writes.incrementAndGet() == 3) {
				reached.countDown();
				awaitLatch(release);
			}
		};
		long id = this.requests.request("gamma", "2026-05", "olivia.operator");
		assertThat(reached.await(3, TimeUnit.MINUTES)).isTrue();
		Run stopping = this.requests.stop(id);
		assertThat(stopping.status()).isEqualTo(RunStatus.RUNNING);
		assertThat(stopping.stopRequested()).isTrue();
		awaitBatchStatus(stopping.jobExecutionId(), Set.of(BatchStatus.STOPPING, BatchStatus.STOPPED));
		release.countDown();
		Run stopped = await(this.runs, id, ENDED);
		assertThat(stopped.status()).isEqualTo(RunStatus.STOPPED);
		assertThat(ROOT.resolve("gamma/out/2026-05")).doesNotExist();
		assertThat(leftovers(ROOT.resolve("gamma/out"))).isEmpty();
		assertThatExceptionOfType(RunConflictException.class).isThrownBy(() -> this.requests.stop(id))
			.withMessage("run " + id + " is STOPPED: only a QUEUED or RUNNING run can be stopped");

		this.requests.restart(id);
		assertThat(await(this.runs, id, ENDED).status()).isEqualTo(RunStatus.COMPLETED);
		assertSameCsv(ROOT.resolve("gamma/out/2026-05"), alone("gamma", "2026-05"));
	}

	@Test
	void aRunNotYetStartedIsStoppedAtOnceAndOnlyFailedOrStoppedRunsRestart() {
		long id = this.runs.queue(NewRun.forJob("zeta", "2026-05", "olivia.operator", "t", "o"));
		// Waiting for its drop until next year: the engine does not take it meanwhile.
		this.jdbc.sql("update run set status = 'WAITING_FOR_DROP', next_attempt_at = now() + interval '1 year' where id = :id")
			.param("id", id).update();
		assertThat(this.runs.requestStop(id).status()).isEqualTo(RunStatus.STOPPED);
		drop(ROOT, "alpha", "2026-07", 40, 9);
		long done = this.requests.request("alpha", "2026-07", "olivia.operator");
		await(this.runs, done, ENDED);
		assertThatExceptionOfType(RunConflictException.class).isThrownBy(() -> this.requests.restart(done))
			.withMessage("run " + done + " is COMPLETED: only a FAILED or STOPPED run can be restarted");
	}

	@Test
	void aBackfillRunsItsPeriodsOldestFirstOneAtATimeAndARefusedPeriodDoesNotStopTheRest() {
		drop(ROOT, "delta", "2025-07", 80, 10);
		drop(ROOT, "delta", "2025-09", 80, 11);
		List<Long> ids = this.requests.backfill("delta", "2025-07", "2025-09", "olivia.operator");
		assertThat(ids).hasSize(3).isSorted();
		List<Run> ended = ids.stream().map(id -> await(this.runs, id, ENDED)).toList();
		assertThat(ended).extracting(Run::period).containsExactly("2025-07", "2025-08", "2025-09");
		assertThat(ended).extracting(Run::status)
			.containsExactly(RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.COMPLETED);
		assertThat(ended.get(1).failure()).isEqualTo("no drop for 2025-08: " + ROOT.resolve("delta/drops/2025-08")
				+ " does not exist");
		for (int i = 1; i < ended.size(); i++) {
			assertThat(ended.get(i).startedAt()).isAfterOrEqualTo(ended.get(i - 1).endedAt());
		}
	}

	@Test
	void aRunOfAnInstanceThatDiedIsFailedAndOnlyItsOwnPartialLoadIsRemoved() throws Exception {
		// Another instance: alive (it holds its lock on a connection of its own) while its run
		// begins loading, then killed (the connection closes, and its lock with it).
		long other = this.jdbc.sql("insert into engine_instance (host, pid, started_at) values ('gone', 1, now()) returning id")
			.query(Long.class).single();
		// A connection of its own, outside the pool: closing it really closes it, as a killed process's would.
		var pool = this.dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
		java.sql.Connection lock = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword());
		try (var statement = lock.prepareStatement("select pg_advisory_lock(" + EngineInstance.LOCK_CLASS + ", ?)")) {
			statement.setInt(1, (int) other);
			statement.execute();
		}
		long orphan = this.runs.startNow(NewRun.forJob("alpha", "2025-01", "schedule", "t", "o"), other);
		Path orphanDrop = drop(ROOT, "alpha", "2025-01", 30, 12);
		long orphanLoad = this.loads.begin(new DropInspector().inspect(orphanDrop), orphan, run -> true).loadId();
		// Another run's unfinished load, whose run is alive (this instance's command-line run).
		long alive = this.runs.startNow(new NewRun(null, "2025-02", "test", "t", "o", "d", null, null),
				this.jdbc.sql("select min(id) from engine_instance").query(Long.class).single());
		Path otherDrop = drop(ROOT, "alpha", "2025-02", 30, 13);
		long otherLoad = this.loads.begin(new DropInspector().inspect(otherDrop), alive, run -> true).loadId();
		assertThat(this.runs.find(orphan).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
		long dead = other;
		lock.close();

		Run failed = await(this.runs, orphan, Set.of(RunStatus.FAILED));
		assertThat(failed.failure()).isEqualTo("the instance running it (" + dead + ") stopped while it ran: restart it");
		assertThat(loadExists(orphanLoad)).isFalse();
		assertThat(loadExists(otherLoad)).isTrue();
		assertThat(this.runs.find(alive).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
		this.runs.finish(alive, RunStatus.FAILED, "test over", null, null);
	}

	@Test
	void aScheduledRunWhoseDropHasNotArrivedWaitsLooksAgainAndRunsWhenItComes() throws Exception {
		long id = this.runs.queueFired(NewRun.forJob("late", "2026-08", "schedule", ROOT.resolve("jobs/audit-tools/babies-under-one.yml").toString(),
				ROOT.resolve("late/out/2026-08").toString()).firedAt(java.time.Instant.now().minusSeconds(60))).orElseThrow();
		Run waiting = await(this.runs, id, Set.of(RunStatus.WAITING_FOR_DROP));
		assertThat(waiting.failure()).isEqualTo("no drop for 2026-08: " + ROOT.resolve("late/drops/2026-08") + " does not exist");
		assertThat(waiting.waitUntil().toInstant()).isEqualTo(waiting.fireTime().toInstant().plus(java.time.Duration.ofDays(7)));
		// Looked at again (every second here, hourly by default) until the drop comes.
		drop(ROOT, "late", "2026-08", 40, 21);
		Run done = await(this.runs, id, ENDED);
		assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
	}

	@Test
	void aScheduledRunWhoseDropIsOverdueFailsNamingTheFolder() {
		long id = this.runs.queueFired(NewRun.forJob("late", "2026-07", "schedule", "t", "o")
			.firedAt(java.time.Instant.parse("2026-08-02T05:00:00Z"))).orElseThrow();
		Run failed = await(this.runs, id, ENDED);
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.failure()).isEqualTo("no complete drop within 7 days of 2026-08-02: no drop for 2026-07: "
				+ ROOT.resolve("late/drops/2026-07") + " does not exist");
	}

	@Test
	void aFolderDropSentAgainWithOtherBytesIsAuditedAgainAndAnUnchangedOneIsNot() throws Exception {
		Path folder = drop(ROOT, "resend", "2026-02", 60, 22);
		long first = this.requests.request("resend", "2026-02", "olivia.operator");
		assertThat(await(this.runs, first, ENDED).status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.resent.look()).isEmpty();
		// The agency sends the month again, corrected: other bytes.
		Files.writeString(folder.resolve("ssd_person.csv"), Files.readString(folder.resolve("ssd_person.csv")) + "\n");
		Files.setLastModifiedTime(folder.resolve("ssd_person.csv"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
		List<Long> again = this.resent.look();
		assertThat(again).hasSize(1);
		Run rerun = await(this.runs, again.get(0), ENDED);
		assertThat(rerun.trigger()).isEqualTo("re-sent drop");
		assertThat(rerun.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.resent.look()).isEmpty();
	}

	private boolean loadExists(long load) {
		return this.jdbc.sql("select count(*) from extract_load where load_id = :id").param("id", load)
			.query(Integer.class).single() == 1;
	}

	/** The same drop and period run alone from the command line, published to a folder of its own. */
	private Path alone(String job, String period) {
		Path out = ROOT.resolve(job).resolve("alone-" + period);
		AuditRunner.RunResult result = this.runner.run(ROOT.resolve(job).resolve("drops").resolve(period), period, null,
				out);
		assertThat(result.completed()).as(result.reason()).isTrue();
		return out;
	}

	private static void assertSameCsv(Path actual, Path expected) throws IOException {
		for (String file : CSV) {
			assertThat(Files.readAllBytes(actual.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(expected.resolve(file)));
		}
	}

	private static List<Path> leftovers(Path out) throws IOException {
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
		}
	}

	private void awaitBatchStatus(long execution, Set<BatchStatus> status) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			if (status.contains(this.jobRepository.getJobExecution(execution).getStatus())) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("job execution " + execution + " never became " + status);
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			if (!latch.await(3, TimeUnit.MINUTES)) {
				throw new IllegalStateException("never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("run-engine-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
