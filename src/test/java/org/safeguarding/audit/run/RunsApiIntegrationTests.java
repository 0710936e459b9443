package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API as a script uses it, with HTTP Basic: a run requested, followed to its end and read
 * back with its steps, counts and files; every wrong request answered with problem details naming
 * the field and the value; and each action in the access log.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"spring.main.web-application-type=servlet", "audit.runs.poll=200ms" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunsApiIntegrationTests {

	static final Path ROOT = createRoot();

	static final String PASSWORD = "correct horse battery";

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		Path jobs = EngineTestSupport.jobsFolder(ROOT);
		EngineTestSupport.folderJob(jobs, "county", "schedule:\n  cron: \"0 0 6 2 * *\"\n");
		registry.add("audit.jobs.dir", jobs::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	RunEngine engine;

	@Autowired
	Runs runs;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void usersAndEngine() {
		this.users.save("otto", Set.of(Role.OPERATOR), PASSWORD, "test", null);
		this.users.save("quinn", Set.of(Role.QA_OFFICER), PASSWORD, "test", null);
		this.engine.start();
	}

	@Test
	void aRunRequestedIsAcceptedFollowedAndReadBackWithStepsCountsAndFiles() throws Exception {
		EngineTestSupport.drop(ROOT, "county", "2026-03", 120, 31);
		String location = this.mvc.perform(post("/api/runs").with(httpBasic("otto", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"job\": \"county\", \"period\": \"2026-03\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/runs/\\d+")))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Run done = EngineTestSupport.await(this.runs, id, EngineTestSupport.ENDED);
		assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
		long rowsRead = this.jdbc.sql("select sum(rows_read) from extract_file where load_id = :l")
			.param("l", done.loadId()).query(Long.class).single();
		this.mvc.perform(get(location).with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.job").value("county"))
			.andExpect(jsonPath("$.period").value("2026-03"))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.trigger").value("otto"))
			.andExpect(jsonPath("$.queued_at").isString())
			.andExpect(jsonPath("$.failure").doesNotExist())
			.andExpect(jsonPath("$.steps[0].name").value("checkInputsStep"))
			.andExpect(jsonPath("$.steps[1].name").value("loadExtractStep"))
			.andExpect(jsonPath("$.steps[1].read").value(rowsRead))
			.andExpect(jsonPath("$.counts.rows_read").value(rowsRead))
			.andExpect(jsonPath("$.counts.cases").isNumber())
			// An operator sees the run files and the board pack, not the case-level files.
			.andExpect(jsonPath("$.files", org.hamcrest.Matchers.contains("board-dashboard.pdf", "board-dashboard.html", "manifest.json",
					"rejected-rows.csv")));
		// A QA officer sees every file, reviews.csv too: it is made from the store when asked for.
		this.mvc.perform(get(location).with(httpBasic("quinn", PASSWORD)))
			.andExpect(jsonPath("$.files", org.hamcrest.Matchers.contains("board-dashboard.pdf", "board-dashboard.html", "manifest.json",
					"rejected-rows.csv", "criteria-summary.csv", "case-results.csv", "case-scores.csv",
					"qa-findings.xlsx", "reviews.csv")));
		this.mvc.perform(get("/api/runs?job=county&status=COMPLETED").with(httpBasic("quinn", PASSWORD)))
			.andExpect(jsonPath("$.runs[0].id").value(id))
			.andExpect(jsonPath("$.total").value(1));
		assertThat(this.jdbc.sql("select count(*) from access_log where username = 'otto' and action = 'RUN_TRIGGERED' "
				+ "and target = :t").param("t", "run " + id + " job county period 2026-03").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void wrongRequestsAreProblemDetailsNamingTheFieldAndTheValue() throws Exception {
		postRun("{\"job\": \"county\", \"period\": \"2026-13\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("period '2026-13' is not a month (YYYY-MM)"))
			.andExpect(jsonPath("$.field").value("period"));
		postRun("{\"job\": \"shire\", \"period\": \"2026-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("job 'shire' is not a job of jobs/")))
			.andExpect(jsonPath("$.field").value("job"));
		postRun("{\"job\": \"county\", \"period\": \"9999-12\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("period '9999-12' has not ended yet (it ends on 31 December 9999)"));
		postRun("{\"job\": \"county\", \"period\": \"2019-01\"}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("no drop for 2019-01")));
		postRun("{\"job\": \"county\", \"perod\": \"2026-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("field 'perod' is not known here"));
		postRun("not json").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(endsWith("(see /v3/api-docs)")));
		this.mvc.perform(get("/api/runs/abc").with(httpBasic("otto", PASSWORD))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("id 'abc' is not a whole number"));
		this.mvc.perform(get("/api/runs/987654").with(httpBasic("otto", PASSWORD))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("run 987654 does not exist"));
		this.mvc.perform(get("/api/runs?status=DONE").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("status 'DONE' is not one of QUEUED")));
		this.mvc.perform(post("/api/backfills").with(httpBasic("otto", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"job\": \"county\", \"from\": \"2026-04\", \"to\": \"2026-02\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("to '2026-02' is before from '2026-04'"))
			.andExpect(jsonPath("$.field").value("to"));
		this.mvc.perform(post("/api/runs").with(httpBasic("otto", "wrong password, long enough"))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
	}

	@Test
	void aRunNotEndedCannotBeRestartedAndAQueuedJobAndPeriodConflicts() throws Exception {
		EngineTestSupport.drop(ROOT, "county", "2026-04", 40, 32);
		long id = this.runs.queue(NewRun.forJob("county", "2026-04", "test", "t", "o"));
		this.jdbc.sql("update run set status = 'WAITING_FOR_DROP', next_attempt_at = now() + interval '1 year' where id = :id")
			.param("id", id).update();
		postRun("{\"job\": \"county\", \"period\": \"2026-04\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("job 'county' period 2026-04 is already queued or running (run " + id + ")"));
		this.mvc.perform(post("/api/runs/" + id + "/restart").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("run " + id + " is WAITING_FOR_DROP: only a FAILED or STOPPED run can be restarted"));
		this.mvc.perform(post("/api/runs/" + id + "/stop").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("STOPPED"));
	}

	@Test
	void jobsShowTheirScheduleNextFireTimeAndPauseAcrossTheApi() throws Exception {
		this.mvc.perform(post("/api/jobs/county/pause").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.paused").value(true));
		this.mvc.perform(get("/api/jobs").with(httpBasic("otto", PASSWORD)))
			.andExpect(jsonPath("$[0].id").value("county"))
			.andExpect(jsonPath("$[0].schedule").value("0 0 6 2 * *"))
			.andExpect(jsonPath("$[0].zone").value("Europe/London"))
			.andExpect(jsonPath("$[0].paused").value(true))
			.andExpect(jsonPath("$[0].next_fire_time").doesNotExist());
		this.mvc.perform(post("/api/jobs/county/resume").with(httpBasic("otto", PASSWORD)))
			.andExpect(jsonPath("$.paused").value(false))
			.andExpect(jsonPath("$.next_fire_time").isString());
		assertThat(this.jdbc.sql("select action from access_log where username = 'otto' and target = 'job county' order by id")
			.query(String.class).list()).containsSubsequence("SCHEDULE_PAUSED", "SCHEDULE_RESUMED");
	}

	@Test
	void healthGoesDownWhenAScheduledRunFailsAndTheMetricsCountRunsByJobAndStatus() throws Exception {
		long id = this.runs.queueFired(NewRun.forJob("county", "2025-06", "schedule", "t", "o")
			.firedAt(java.time.Instant.parse("2025-07-02T05:00:00Z"))).orElseThrow();
		assertThat(EngineTestSupport.await(this.runs, id, EngineTestSupport.ENDED).status()).isEqualTo(RunStatus.FAILED);
		// Anyone: the status only.
		this.mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
			.andExpect(content().json("{\"status\":\"DOWN\",\"groups\":[\"live\"]}",
					org.springframework.test.json.JsonCompareMode.STRICT));
		// An operator: which job, and why.
		this.mvc.perform(get("/actuator/health").with(httpBasic("otto", PASSWORD)))
			.andExpect(jsonPath("$.components.jobs.status").value("DOWN"))
			.andExpect(jsonPath("$.components.jobs.details.county").value(org.hamcrest.Matchers.startsWith(
					"run " + id + " for 2025-06 FAILED: no complete drop within 7 days of 2025-07-02")));
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"audit_runs_total{job=\"county\",status=\"FAILED\"}")));
		// A later scheduled run that completes brings it back up.
		EngineTestSupport.drop(ROOT, "county", "2025-07", 40, 33);
		long next = this.runs.queueFired(NewRun.forJob("county", "2025-07", "schedule",
				ROOT.resolve("jobs/audit-tools/babies-under-one.yml").toString(), ROOT.resolve("county/out/2025-07").toString())
			.firedAt(java.time.Instant.parse("2025-08-02T05:00:00Z"))).orElseThrow();
		assertThat(EngineTestSupport.await(this.runs, next, EngineTestSupport.ENDED).status()).isEqualTo(RunStatus.COMPLETED);
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("otto", PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("audit_cases_total{job=\"county\"}")));
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("otto", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/runs']").exists())
			.andExpect(jsonPath("$.paths['/api/runs/{id}/restart']").exists())
			.andExpect(jsonPath("$.paths['/api/jobs']").exists());
	}

	private ResultActions postRun(String body) throws Exception {
		return this.mvc.perform(post("/api/runs").with(httpBasic("otto", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("runs-api-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
