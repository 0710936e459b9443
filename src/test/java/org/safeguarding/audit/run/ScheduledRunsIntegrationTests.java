package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.jobs.JobDefinitions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules on a real PostgreSQL: one run per fire time however many instances see it, missed
 * fire times run once or skipped as the job says, a 01:30 Europe/London schedule firing once on
 * each daylight-saving change day, and pauses kept in the database. Time is given to each tick,
 * so nothing here waits for a clock.
 */
@SpringBootTest(properties = "audit.store.data-dir=target/test-postgres/${random.uuid}")
class ScheduledRunsIntegrationTests {

	static final Path ROOT = createRoot();

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		Path jobs = EngineTestSupport.jobsFolder(ROOT);
		EngineTestSupport.folderJob(jobs, "monthly", """
				schedule:
				  cron: "0 0 6 2 * *"
				  zone: Europe/London
				""");
		EngineTestSupport.folderJob(jobs, "catchup", """
				schedule:
				  cron: "0 0 6 2 * *"
				  missed: run-once
				""");
		EngineTestSupport.folderJob(jobs, "skipper", """
				schedule:
				  cron: "0 0 6 2 * *"
				  missed: skip
				""");
		EngineTestSupport.folderJob(jobs, "nightly", """
				schedule:
				  cron: "0 30 1 * * *"
				  zone: Europe/London
				""");
		EngineTestSupport.folderJob(jobs, "pausable", """
				schedule:
				  cron: "0 0 6 2 * *"
				""");
		registry.add("audit.jobs.dir", jobs::toString);
	}

	@Autowired
	ScheduledRuns scheduled;

	@Autowired
	JobDefinitions jobs;

	@Autowired
	JobSchedules schedules;

	@Autowired
	Runs runs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twoInstancesSeeingTheSameFireTimesQueueOneRunForEach() throws Exception {
		// A second instance: its own pool of connections to the same database.
		HikariDataSource other = new HikariDataSource();
		other.setJdbcUrl(this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
		other.setUsername(this.dataSource.unwrap(HikariDataSource.class).getUsername());
		other.setPassword(this.dataSource.unwrap(HikariDataSource.class).getPassword());
		JdbcClient otherJdbc = JdbcClient.create(other);
		ScheduledRuns second = new ScheduledRuns(otherJdbc, this.jobs, new Runs(otherJdbc),
				new DataSourceTransactionManager(other));
		setCheckedUntil("monthly", Instant.parse("2025-01-01T00:00:00Z"));
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			// 2 January to 2 December 2025 at 06:00 London: seen by both within seconds of each.
			for (int month = 1; month <= 12; month++) {
				Instant fire = java.time.LocalDateTime.of(2025, month, 2, 6, 0)
					.atZone(java.time.ZoneId.of("Europe/London")).toInstant();
				Instant seen = fire.plusSeconds(3);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<List<Long>>> ticks = new ArrayList<>();
				for (ScheduledRuns instance : List.of(this.scheduled, second)) {
					Callable<List<Long>> tick = () -> {
						together.await();
						return instance.tick("monthly", seen, false);
					};
					ticks.add(both.submit(tick));
				}
				int queued = ticks.get(0).get().size() + ticks.get(1).get().size();
				assertThat(queued).as("runs queued for " + fire).isEqualTo(1);
				completeQueued("monthly");
			}
		}
		finally {
			both.shutdown();
			other.close();
		}
		assertThat(periodsOf("monthly")).containsExactly("2024-12", "2025-01", "2025-02", "2025-03", "2025-04",
				"2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11");
		assertThat(this.jdbc.sql("select count(*) from run where job_id = 'monthly' and trigger = 'schedule'")
			.query(Integer.class).single()).isEqualTo(12);
	}

	@Test
	void fireTimesMissedWhileNoInstanceRanRunOnceForTheLatestWithRunOnceAndNotAtAllWithSkip() {
		// The instances stopped on 1 June 2025 and one started again on 10 September 2025: the fire
		// times of 2 June, 2 July, 2 August and 2 September were missed.
		Instant stopped = Instant.parse("2025-06-01T00:00:00Z");
		Instant started = Instant.parse("2025-09-10T09:00:00Z");
		setCheckedUntil("catchup", stopped);
		setCheckedUntil("skipper", stopped);
		this.scheduled.tick("catchup", started, false);
		this.scheduled.tick("skipper", started, false);
		assertThat(periodsOf("catchup")).containsExactly("2025-08");
		assertThat(this.jdbc.sql("select fire_time from run where job_id = 'catchup'").query(Instant.class).single())
			.isEqualTo(Instant.parse("2025-09-02T05:00:00Z"));
		assertThat(periodsOf("skipper")).isEmpty();
		// Later fire times are on time again for both.
		completeQueued("catchup");
		this.scheduled.tick("catchup", Instant.parse("2025-10-02T05:00:20Z"), false);
		this.scheduled.tick("skipper", Instant.parse("2025-10-02T05:00:20Z"), false);
		assertThat(periodsOf("catchup")).containsExactly("2025-08", "2025-09");
		assertThat(periodsOf("skipper")).containsExactly("2025-09");
	}

	@Test
	void a0130LondonScheduleFiresOnceOnEachDaylightSavingChangeDay() {
		// 2026: clocks go forward at 01:00 GMT on 29 March (01:30 does not exist that night) and
		// back at 02:00 BST on 25 October (01:30 happens twice). Ticks every 30 s from 00:00 to
		// 04:00 UTC on the change days and the days around them.
		List<Instant> fired = new ArrayList<>();
		for (String day : List.of("2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-10-26")) {
			Instant start = Instant.parse(day + "T00:00:00Z");
			setCheckedUntil("nightly", start);
			for (Instant now = start; now.isBefore(start.plus(Duration.ofHours(4))); now = now.plusSeconds(30)) {
				this.scheduled.tick("nightly", now, false);
				fired.addAll(this.jdbc.sql("select fire_time from run where job_id = 'nightly' and status = 'QUEUED'")
					.query(Instant.class).list());
				completeQueued("nightly");
			}
		}
		// Worked by hand: 01:30 GMT = 01:30Z; 01:30 BST = 00:30Z; the skipped 01:30 of 29 March
		// fires at 02:30 BST = 01:30Z; the repeated 01:30 of 25 October fires the first time, BST.
		assertThat(fired).containsExactly(Instant.parse("2026-03-28T01:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
				Instant.parse("2026-03-30T00:30:00Z"), Instant.parse("2026-10-24T00:30:00Z"),
				Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void aPausedScheduleQueuesNothingAndStaysPausedForANewInstanceUntilResumed() {
		setCheckedUntil("pausable", Instant.parse("2025-01-01T00:00:00Z"));
		this.schedules.pause("pausable", "olivia.operator");
		// As a restarted instance sees it: its own objects, the same database.
		JobSchedules restarted = new JobSchedules(this.jobs, this.jdbc, this.runs);
		assertThat(restarted.find("pausable").orElseThrow().paused()).isTrue();
		assertThat(restarted.find("pausable").orElseThrow().nextFire()).isNull();
		this.scheduled.tick("pausable", Instant.parse("2025-02-02T06:00:10Z"), false);
		assertThat(periodsOf("pausable")).isEmpty();
		restarted.resume("pausable", "olivia.operator");
		assertThat(this.schedules.find("pausable").orElseThrow().paused()).isFalse();
		// The fire time passed while paused stays passed; the next one runs.
		this.scheduled.tick("pausable", Instant.parse("2025-02-05T06:00:00Z"), false);
		setCheckedUntil("pausable", Instant.parse("2025-03-02T05:59:00Z"));
		this.scheduled.tick("pausable", Instant.parse("2025-03-02T06:00:05Z"), false);
		assertThat(periodsOf("pausable")).containsExactly("2025-02");
	}

	private void setCheckedUntil(String job, Instant when) {
		this.jdbc.sql("""
				insert into job_schedule (job_id, checked_until) values (:job, :when)
				on conflict (job_id) do update set checked_until = excluded.checked_until""")
			.param("job", job)
			.param("when", when.atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	private void completeQueued(String job) {
		this.jdbc.sql("update run set status = 'COMPLETED' where job_id = :job and status = 'QUEUED'")
			.param("job", job)
			.update();
	}

	private List<String> periodsOf(String job) {
		return this.jdbc.sql("select period from run where job_id = :job order by id").param("job", job)
			.query(String.class).list();
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("schedules-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
