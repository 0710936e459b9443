package org.safeguarding.audit.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route asked for as an anonymous visitor and as each role, against the answer service.md
 * gives: pages send an anonymous visitor to sign in (302) and a role without the right gets 403;
 * the API answers 401 and 403. Roles are enforced on the server whatever the pages show.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"spring.main.web-application-type=servlet" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIntegrationTests {

	static final String ANONYMOUS = "anonymous";

	static final List<String> WHO = List.of(ANONYMOUS, "BOARD", "QA_OFFICER", "OPERATOR", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditRunner runner;

	@TempDir
	static Path temp;

	static long run;

	/** The audit run whose board pack the run published (the board's pages name packs by it). */
	static long auditRun;

	@Autowired
	UserAccounts users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeAll
	void publishARun() {
		// Signed-in users are checked against the store on every request: each role's user is real.
		for (String who : WHO.subList(1, WHO.size())) {
			this.users.save("someone-" + who.toLowerCase().replace('_', '-'), java.util.Set.of(Role.valueOf(who)),
					"a password long enough", "test", null);
		}
		Path drop = TestDrops.workedExample(temp);
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, temp.resolve("out"));
		assertThat(result.completed()).as(result.reason()).isTrue();
		run = result.runId();
		// This run's, whatever other tests of the same context published for the period.
		auditRun = this.jdbc.sql("select audit_run_id from run where id = :run").param("run", run).query(Long.class)
			.single();
	}

	/**
	 * Route, then the status for anonymous, BOARD, QA_OFFICER, OPERATOR, ADMIN. 302 for an
	 * anonymous page request means "to the sign-in page"; 400 or 404 means the role passed and
	 * the request itself was answered (a bad body, an unknown id); for the operators' and
	 * administrators' forms, 200 is the form shown again with its error summary and 302 the
	 * page the action returns to with its problem (an unknown job or user, a run that cannot
	 * be restarted).
	 */
	static Stream<Arguments> routes() {
		List<Object[]> table = new ArrayList<>(List.of(new Object[][] {
				{ "GET /", 302, 200, 200, 200, 200 },
				{ "GET /sign-in", 200, 200, 200, 200, 200 },
				{ "GET /accessibility", 200, 200, 200, 200, 200 },
				{ "GET /runs", 302, 403, 200, 200, 403 },
				{ "GET /runs/{run}", 302, 403, 200, 200, 403 },
				{ "GET /runs/new", 302, 403, 403, 200, 403 },
				{ "GET /backfills/new", 302, 403, 403, 200, 403 },
				{ "GET /jobs", 302, 403, 403, 200, 403 },
				{ "GET /runs/{run}/restart", 302, 403, 403, 200, 403 },
				{ "POST /runs/{run}/stop", 302, 403, 403, 302, 403 },
				{ "POST /runs/new", 302, 403, 403, 200, 403 },
				{ "POST /backfills/new", 302, 403, 403, 200, 403 },
				{ "POST /runs/{run}/restart", 302, 403, 403, 302, 403 },
				{ "POST /jobs/no-such-job/pause", 302, 403, 403, 302, 403 },
				{ "POST /jobs/no-such-job/resume", 302, 403, 403, 302, 403 },
				{ "GET /runs/{run}/files/board-dashboard.pdf", 302, 200, 200, 200, 403 },
				{ "GET /runs/{run}/files/manifest.json", 302, 403, 200, 200, 403 },
				{ "GET /runs/{run}/files/rejected-rows.csv", 302, 403, 200, 200, 403 },
				{ "GET /runs/{run}/files/case-results.csv", 302, 403, 200, 403, 403 },
				{ "GET /runs/{run}/files/qa-findings.xlsx", 302, 403, 200, 403, 403 },
				{ "GET /runs/{run}/files/..%2Fmanifest.json", 400, 400, 400, 400, 400 },
				{ "GET /board", 302, 200, 200, 403, 403 },
				{ "GET /board/2026-10", 302, 200, 200, 403, 403 },
				{ "GET /board/2026-10/criteria/GP_INFORMED", 302, 200, 200, 403, 403 },
				{ "GET /board/2026-10/packs/{auditRun}/1/board-dashboard.pdf", 302, 200, 200, 403, 403 },
				{ "GET /board/2026-10/packs/{auditRun}/1/board-dashboard.html", 302, 200, 200, 403, 403 },
				{ "GET /board/2026-13", 302, 404, 404, 403, 403 },
				{ "POST /board/2026-10/publish", 302, 403, 302, 403, 403 },
				{ "GET /runs/{run}/files/reviews.csv", 302, 403, 200, 403, 403 },
				{ "GET /qa", 302, 403, 200, 403, 403 },
				{ "GET /qa/2026-10", 302, 403, 200, 403, 403 },
				{ "GET /qa/2026-10/criteria/FATHER_IDENTIFIED", 302, 403, 200, 403, 403 },
				{ "GET /qa/2026-10/criteria/FATHER_IDENTIFIED/cases.csv", 302, 403, 200, 403, 403 },
				{ "GET /qa/2026-10/cases/P1", 302, 403, 200, 403, 403 },
				{ "POST /qa/2026-10/cases/P1/reviews", 302, 403, 400, 403, 403 },
				{ "GET /qa/2026-10/samples", 302, 403, 200, 403, 403 },
				{ "POST /qa/2026-10/samples", 302, 403, 400, 403, 403 },
				{ "GET /qa/2026-10/samples/999999", 302, 403, 404, 403, 403 },
				{ "GET /qa/2026-10/samples/999999/cases.csv", 302, 403, 404, 403, 403 },
				{ "POST /qa/2026-10/samples/999999/moderations", 302, 403, 400, 403, 403 },
				{ "GET /qa/2026-10/moderations/999999", 302, 403, 404, 403, 403 },
				{ "POST /qa/2026-10/moderations/999999", 302, 403, 404, 403, 403 },
				{ "GET /qa/2026-10/agreement", 302, 403, 200, 403, 403 },
				{ "GET /qa/2026-10/commentary", 302, 403, 200, 403, 403 },
				{ "POST /qa/2026-10/commentary", 302, 403, 302, 403, 403 },
				{ "POST /qa/2026-10/actions", 302, 403, 400, 403, 403 },
				{ "POST /qa/2026-10/actions/999999", 302, 403, 404, 403, 403 },
				{ "GET /admin/users", 302, 403, 403, 403, 200 },
				{ "GET /admin/access-log", 302, 403, 403, 403, 200 },
				{ "POST /admin/users", 302, 403, 403, 403, 200 },
				{ "POST /admin/users/no-such-user/disable", 302, 403, 403, 403, 302 },
				{ "GET /swagger-ui.html", 302, 403, 403, 302, 302 },
				{ "GET /api/jobs", 401, 403, 403, 200, 403 },
				{ "POST /api/jobs/no-such-job/pause", 401, 403, 403, 400, 403 },
				{ "POST /api/jobs/no-such-job/resume", 401, 403, 403, 400, 403 },
				{ "GET /api/runs", 401, 403, 200, 200, 403 },
				{ "GET /api/runs/{run}", 401, 403, 200, 200, 403 },
				{ "POST /api/runs", 401, 403, 403, 400, 403 },
				{ "POST /api/backfills", 401, 403, 403, 400, 403 },
				{ "POST /api/runs/{run}/restart", 401, 403, 403, 409, 403 },
				{ "POST /api/runs/{run}/stop", 401, 403, 403, 409, 403 },
				{ "GET /api/runs/{run}/files/board-dashboard.html", 401, 200, 200, 200, 403 },
				{ "GET /api/runs/{run}/files/case-scores.csv", 401, 403, 200, 403, 403 },
				{ "GET /api/access-log", 401, 403, 403, 403, 200 },
				{ "GET /v3/api-docs", 401, 403, 403, 200, 200 },
				{ "GET /v3/api-docs.yaml", 401, 403, 403, 200, 200 },
				{ "GET /actuator/health", 200, 200, 200, 200, 200 },
				{ "GET /actuator/prometheus", 401, 403, 403, 200, 200 },
				{ "GET /actuator/env", 401, 403, 403, 403, 403 } }));
		List<Arguments> cases = new ArrayList<>();
		for (Object[] row : table) {
			for (int i = 0; i < WHO.size(); i++) {
				cases.add(Arguments.of(row[0], WHO.get(i), row[i + 1]));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("routes")
	void eachRouteAnswersEachRoleAsTheSpecSays(String route, String who, int expected) throws Exception {
		String[] parts = route.split(" ", 2);
		String path = parts[1].replace("{run}", Long.toString(run)).replace("{auditRun}", Long.toString(auditRun));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), java.net.URI.create(path));
		if (parts[0].equals("POST")) {
			request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (!who.equals(ANONYMOUS)) {
			request.with(user("someone-" + who.toLowerCase().replace('_', '-')).roles(who));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(route + " as " + who).isEqualTo(expected);
		if (expected == 302 && who.equals(ANONYMOUS)) {
			assertThat(result.getResponse().getRedirectedUrl()).as("anonymous goes to sign in").endsWith("/sign-in");
		}
		if (route.contains(" /api/") && (expected == 401 || expected == 403)) {
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		}
		Map<String, String> headers = Map.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
		headers.forEach((name, value) -> assertThat(result.getResponse().getHeader(name)).as(name).isEqualTo(value));
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
				"frame-ancestors 'none'");
	}

	/**
	 * Service.md: case-level data never reaches a user without QA_OFFICER. A board member asks for
	 * every route of the table they may read, and no person id of the loaded drop is in any answer
	 * (a PDF read as its text), as a word of its own.
	 */
	@org.junit.jupiter.api.Test
	void aBoardMemberFindsNoPersonIdOfTheDropInAnyRouteTheyMay() throws Exception {
		List<String> ids = this.jdbc.sql("""
				select distinct pers_person_id from ssd_person where load_id = (select load_id from run where id = :run)""")
			.param("run", run).query(String.class).list();
		assertThat(ids).as("the worked example's persons").isNotEmpty();
		List<String> read = new ArrayList<>();
		for (Arguments arguments : routes().filter(a -> a.get()[1].equals("BOARD")).toList()) {
			String route = (String) arguments.get()[0];
			if (!route.startsWith("GET ") || !arguments.get()[2].equals(200)) {
				continue;
			}
			String path = route.substring(4).replace("{run}", Long.toString(run))
				.replace("{auditRun}", Long.toString(auditRun));
			MvcResult result = this.mvc.perform(request(HttpMethod.GET, java.net.URI.create(path))
				.with(user("someone-board").roles("BOARD"))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			byte[] body = result.getResponse().getContentAsByteArray();
			String text = (result.getResponse().getContentType() != null
					&& result.getResponse().getContentType().startsWith("application/pdf")) ? pdfText(body)
							: new String(body, java.nio.charset.StandardCharsets.UTF_8);
			for (String id : ids) {
				assertThat(java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(id)
						+ "(?![A-Za-z0-9])").matcher(text).find()).as(path + " names " + id).isFalse();
			}
			read.add(path);
		}
		assertThat(read).as("the board pages, the packs by both doors, home and accessibility").contains("/",
				"/board", "/board/2026-10", "/runs/" + run + "/files/board-dashboard.pdf",
				"/api/runs/" + run + "/files/board-dashboard.html");
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}
}
