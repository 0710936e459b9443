package org.safeguarding.audit.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.TestDrops;
import org.safeguarding.audit.run.AuditRunner;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rest of a QA officer's month on the pages: samples (ids worked out with sha256sum), a
 * moderation between two officers, its agreement (kappa worked out by hand), commentary and
 * learning actions, and the bad input of each form. October 2026 is the worked example's P1 and
 * P4 (src/test/resources/qa-month); November 2026 six babies with only a birth and an episode:
 * N1 to N4 of team North, S1 and S2 of team South.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"spring.main.web-application-type=servlet" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QaMonthIntegrationTests {

	static final String ANN = "officer-ann";

	static final String BOB = "officer-bob";

	/** A due date in range whenever the tests run. */
	static final String DUE = java.time.LocalDate.now().plusMonths(2).toString();

	/** P1's applicable criteria, in tool order, with the worked example's automated outcomes. */
	static final List<String> P1 = List.of("FATHER_IDENTIFIED MET", "MEN_ASSESSED MET", "HOUSEHOLD_VERIFIED NOT_MET",
			"GP_INFORMED MET", "CHRONOLOGY_CURRENT PARTLY_MET", "DA_ENQUIRY_ANTENATAL MET", "DA_ENQUIRY_POSTNATAL NOT_MET",
			"SAFE_SLEEP PARTLY_MET", "CRYING_ADVICE PARTLY_MET", "PRE_BIRTH_ASSESSMENT PARTLY_MET",
			"SUPERVISION_CURRENT NOT_MET");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditRunner runner;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path temp;

	@BeforeAll
	void publishOctoberAndNovember() {
		this.users.save(ANN, Set.of(Role.QA_OFFICER), "a password long enough", "test", null);
		this.users.save(BOB, Set.of(Role.QA_OFFICER), "a password long enough", "test", null);
		AuditRunner.RunResult october = this.runner.run(TestDrops.qaMonth(temp), "2026-10", null, temp.resolve("out-10"));
		assertThat(october.completed()).as(october.reason()).isTrue();
		Path november = TestDrops.write(temp, "november", Map.of("ssd_person.csv", """
				pers_person_id,pers_sex,pers_dob,pers_expected_dob
				N1,F,2026-08-01,
				N2,M,2026-08-02,
				N3,F,2026-08-03,
				N4,M,2026-08-04,
				S1,F,2026-08-05,
				S2,M,2026-08-06,
				""", "ssd_cin_episodes.csv", """
				cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team
				E1,N1,2026-09-01,,North
				E2,N2,2026-09-01,,North
				E3,N3,2026-09-01,,North
				E4,N4,2026-09-01,,North
				E5,S1,2026-09-01,,South
				E6,S2,2026-09-01,,South
				"""));
		AuditRunner.RunResult result = this.runner.run(november, "2026-11", null, temp.resolve("out-11"));
		assertThat(result.completed()).as(result.reason()).isTrue();
	}

	@Test
	void aSampleIsTheCasesItsInputsGiveAndDrawingAgainGivesTheSame() throws Exception {
		// Team strata: North 4 of 6 eligible, South 2: 3 × 4/6 = 2 and 3 × 2/6 = 1, no remainder.
		// printf '%s' "42:N1" | sha256sum … orders North N4 (3afe…), N1 (4d5b…), N2 (7de3…), N3 (ac37…)
		// and South S2 (0928…), S1 (50e7…): the sample is N4, N1, then S2.
		String first = drawn(ANN, "3", "42", "", "TEAM");
		assertThat(first).containsSubsequence("/qa/2026-11/cases/N4", "/qa/2026-11/cases/N1", "/qa/2026-11/cases/S2");
		assertThat(first).doesNotContain("/cases/N2\"").doesNotContain("/cases/N3\"").doesNotContain("/cases/S1\"");
		assertThat(first).contains("Draw again with the same inputs");
		String again = drawn(ANN, "3", "42", "12", "TEAM");
		assertThat(cases(again)).isEqualTo(cases(first)).containsExactly("N4", "N1", "S2");
		MvcResult list = this.mvc.perform(as(ANN, get("/qa/2026-11/samples"))).andReturn();
		assertThat(list.getResponse().getContentAsString()).contains("Samples drawn, newest first");
		long sample = Long.parseLong(again.replaceAll("(?s).*<h1[^>]*>.*?Sample (\\d+).*", "$1"));
		MvcResult csv = this.mvc.perform(as(ANN, get("/qa/2026-11/samples/" + sample + "/cases.csv"))).andReturn();
		assertThat(csv.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo("""
				sample_id,position,case_id,team,grade,stratum
				%1$d,1,N4,North,%2$s,North
				%1$d,2,N1,North,%2$s,North
				%1$d,3,S2,South,%2$s,South
				""".formatted(sample, grade("N4")));
		assertThat(logged(ANN, "SAMPLE_DRAWN")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aSampleLargerThanTheEligibleCasesOrBadInputsAreRefusedAndNothingIsSaved() throws Exception {
		int before = this.jdbc.sql("select count(*) from sample").query(Integer.class).single();
		assertDrawRefused("7", "1", "", "TEAM", "size", "size must not be more than the 6 eligible cases");
		assertDrawRefused("two", "1", "", "TEAM", "size", "size must be a whole number (was &#39;two&#39;)");
		assertDrawRefused("2", "-5", "", "TEAM", "seed", "seed must be at least 0 (was -5)");
		assertDrawRefused("2", "1", "x", "TEAM", "exclusionMonths", "exclusionMonths must be a whole number");
		assertDrawRefused("2", "1", "", "GRADE", "strata", "strata");
		assertThat(this.jdbc.sql("select count(*) from sample").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void twoOfficersModerateBlindAndThenSeeTheirAgreement() throws Exception {
		String samplePage = drawn(ANN, "2", "7", "0", "TEAM");
		long sample = Long.parseLong(samplePage.replaceAll("(?s).*<h1[^>]*>.*?Sample (\\d+).*", "$1"));
		// Bad input first: no second auditor, then one who is not a QA officer.
		MvcResult none = this.mvc.perform(as(ANN, post("/qa/2026-10/samples/" + sample + "/moderations")
			.param("caseId", "P1").param("secondAuditor", ""))).andReturn();
		assertThat(none.getResponse().getStatus()).isEqualTo(400);
		assertThat(none.getResponse().getContentAsString()).contains("href=\"#secondAuditor-P1\"")
			.contains("secondAuditor is required");
		MvcResult stranger = this.mvc.perform(as(ANN, post("/qa/2026-10/samples/" + sample + "/moderations")
			.param("caseId", "P1").param("secondAuditor", "someone-else"))).andReturn();
		assertThat(stranger.getResponse().getContentAsString())
			.contains("secondAuditor &#39;someone-else&#39; is not a QA officer who can sign in");
		MvcResult assigned = this.mvc.perform(as(ANN, post("/qa/2026-10/samples/" + sample + "/moderations")
			.param("caseId", "P1").param("secondAuditor", BOB))).andReturn();
		assertThat(assigned.getResponse().getStatus()).isEqualTo(302);
		String withPair = this.mvc.perform(as(ANN, get("/qa/2026-10/samples/" + sample))).andReturn().getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("/qa/2026-10/moderations/(\\d+)").matcher(withPair);
		assertThat(link.find()).isTrue();
		String moderation = link.group(0);

		// Ann: the automated outcomes. Bob: the same but HOUSEHOLD_VERIFIED and SAFE_SLEEP MET.
		MvcResult missing = this.mvc.perform(as(ANN, post(moderation).param("outcomes.FATHER_IDENTIFIED", "MET")))
			.andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(400);
		assertThat(missing.getResponse().getContentAsString()).contains("href=\"#outcomes.MEN_ASSESSED\"")
			.contains("the outcome of MEN_ASSESSED is required");
		assertThat(this.mvc.perform(as(ANN, submission(moderation, Map.of()))).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		String bobBefore = this.mvc.perform(as(BOB, get(moderation))).andReturn().getResponse().getContentAsString();
		assertThat(bobBefore).contains(ANN + ": submitted").contains("Submit your outcomes")
			.doesNotContain("govuk-tag--yellow");
		assertThat(this.mvc.perform(as(BOB, submission(moderation,
				Map.of("HOUSEHOLD_VERIFIED", "MET", "SAFE_SLEEP", "MET")))).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		String both = this.mvc.perform(as(ANN, get(moderation))).andReturn().getResponse().getContentAsString();
		assertThat(both).contains("Both auditors&#39; outcomes").doesNotContain("Submit your outcomes");
		MvcResult twice = this.mvc.perform(as(BOB, submission(moderation, Map.of()))).andReturn();
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(twice.getResponse().getContentAsString()).contains("has already submitted");

		// 11 pairs, 9 agreeing: p_o = 9/11. Ann MET 4, PARTLY_MET 4, NOT_MET 3; Bob 6, 3, 2:
		// p_e = (24 + 12 + 6)/121 = 42/121; κ = (9/11 − 42/121)/(1 − 42/121) = 57/79 = 0.722;
		// SE = √(p_o(1 − p_o)) / ((1 − p_e)√11) = 0.1781, interval 0.372 to 1.071, cut to 1.
		String agreement = this.mvc.perform(as(ANN, get("/qa/2026-10/agreement"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(agreement).contains("κ 0.72 (95% interval 0.37 to 1.00), n = 11 pairs")
			.contains("Too few to judge (n = 1 pair; at least 10 needed)");
		MvcResult badFrom = this.mvc.perform(as(ANN, get("/qa/2026-10/agreement?from=2027-01"))).andReturn();
		assertThat(badFrom.getResponse().getContentAsString()).contains("href=\"#from\"")
			.contains("from must not be after 2026-10 (was 2027-01)");
		assertThat(logged(ANN, "MODERATION_RECORDED")).hasSize(2);
		// The sample's case list and the moderation page are case-level views, in the access log.
		String moderationId = moderation.substring(moderation.lastIndexOf('/') + 1);
		assertThat(logged(ANN, "SAMPLE_VIEWED")).contains("period 2026-10 sample " + sample);
		assertThat(logged(BOB, "MODERATION_VIEWED")).contains("period 2026-10 moderation " + moderationId + " case P1");
	}

	@Test
	void commentaryKeepsItsHistoryAndActionsChangeStatus() throws Exception {
		MvcResult first = this.mvc.perform(as(ANN, post("/qa/2026-10/commentary").param("criterion", "SAFE_SLEEP")
			.param("text", "Safe-sleep advice is given late.").param("version", "0"))).andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		this.mvc.perform(as(ANN, post("/qa/2026-10/commentary").param("criterion", "SAFE_SLEEP")
			.param("text", "Safe-sleep advice is given late; health visiting agree.").param("version", "1")));
		MvcResult stale = this.mvc.perform(as(BOB, post("/qa/2026-10/commentary").param("criterion", "SAFE_SLEEP")
			.param("text", "Another view.").param("version", "1"))).andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("href=\"#text-SAFE_SLEEP\"")
			.contains("the commentary on SAFE_SLEEP of 2026-10 was saved by " + ANN + " (version 2)");
		MvcResult tooLong = this.mvc.perform(as(ANN, post("/qa/2026-10/commentary").param("criterion", "overall")
			.param("text", "y".repeat(2001)).param("version", "0"))).andReturn();
		assertThat(tooLong.getResponse().getContentAsString()).contains("href=\"#text-overall\"")
			.contains("text must be at most 2,000 characters (was 2,001)");
		String page = this.mvc.perform(as(ANN, get("/qa/2026-10/commentary"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Safe-sleep advice is given late; health visiting agree.")
			.contains("Version 1, by " + ANN).contains("Version 2, by " + ANN);
		assertThat(this.jdbc.sql("select count(*) from commentary").query(Integer.class).single()).isEqualTo(2);

		MvcResult namesCase = this.mvc.perform(as(ANN, post("/qa/2026-10/actions").param("title", "Follow up P1")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", DUE)))
			.andReturn();
		assertThat(namesCase.getResponse().getContentAsString()).contains("href=\"#action-title\"")
			.contains("title must not name a child, a family member or a case (it names &#39;P1&#39;");
		// P2 is P1's mother: a person of the extract, no case; named in commentary, it is refused too.
		MvcResult namesMother = this.mvc.perform(as(ANN, post("/qa/2026-10/commentary").param("criterion", "overall")
			.param("text", "The mother (p-2) was not seen.").param("version", "0"))).andReturn();
		assertThat(namesMother.getResponse().getStatus()).isEqualTo(400);
		assertThat(namesMother.getResponse().getContentAsString()).contains("href=\"#text-overall\"")
			.contains("text must not name a child, a family member or a case (it names &#39;P2&#39;");
		MvcResult badTeam = this.mvc.perform(as(ANN, post("/qa/2026-10/actions").param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "Health visiting").param("dueDate", DUE)))
			.andReturn();
		assertThat(badTeam.getResponse().getStatus()).isEqualTo(400);
		assertThat(badTeam.getResponse().getContentAsString()).contains("href=\"#action-owningTeam\"")
			.contains("owningTeam &#39;Health visiting&#39; is not one of the period&#39;s teams (North, South)");
		MvcResult badDate = this.mvc.perform(as(ANN, post("/qa/2026-10/actions").param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", "31/13/2027")))
			.andReturn();
		assertThat(badDate.getResponse().getContentAsString()).contains("href=\"#action-dueDate\"")
			.contains("dueDate &#39;31/13/2027&#39; is not a date (YYYY-MM-DD)");
		MvcResult created = this.mvc.perform(as(ANN, post("/qa/2026-10/actions").param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", DUE)))
			.andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		long action = this.jdbc.sql("select max(action_id) from learning_action").query(Long.class).single();
		MvcResult done = this.mvc.perform(as(BOB, post("/qa/2026-10/actions/" + action).param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", DUE)
			.param("status", "DONE").param("version", "1"))).andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		// October's action is not November's: its address there is not found, and nothing is saved.
		MvcResult elsewhere = this.mvc.perform(as(BOB, post("/qa/2026-11/actions/" + action).param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", DUE)
			.param("status", "OPEN").param("version", "2"))).andReturn();
		assertThat(elsewhere.getResponse().getStatus()).isEqualTo(404);
		assertThat((String) elsewhere.getRequest().getAttribute(QaPageAdvice.class.getName() + ".problem"))
			.isEqualTo("actionId " + action + " is not a learning action of 2026-11");
		MvcResult hugeVersion = this.mvc.perform(as(BOB, post("/qa/2026-10/actions/" + action).param("title", "Safe-sleep audit")
			.param("criterion", "SAFE_SLEEP").param("owningTeam", "North").param("dueDate", DUE)
			.param("status", "OPEN").param("version", "4294967298"))).andReturn();
		assertThat(hugeVersion.getResponse().getStatus()).isEqualTo(400);
		assertThat(hugeVersion.getResponse().getContentAsString())
			.contains("version must be at most 2,147,483,647 (was &#39;4294967298&#39;)");
		assertThat(this.jdbc.sql("select status from learning_action_version where action_id = :id order by version")
			.param("id", action).query(String.class).list()).containsExactly("OPEN", "DONE");
		String actionsPage = this.mvc.perform(as(ANN, get("/qa/2026-10/commentary"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(actionsPage).contains("<option value=\"North\">North</option>")
			.contains("<option value=\"South\">South</option>")
			.contains("Do not name a child, a family member or a worker");
		assertThat(logged(ANN, "COMMENTARY_WRITTEN")).containsExactly("period 2026-10 commentary SAFE_SLEEP version 1",
				"period 2026-10 commentary SAFE_SLEEP version 2");
		assertThat(logged(BOB, "ACTION_CHANGED")).hasSize(1);
	}

	@Test
	void aReviewWhoseAutomatedOutcomeChangedInALaterRunIsMarkedWithBoth() throws Exception {
		// September: N1's household never verified (NOT_MET), reviewed as MET. The drop is then
		// sent again with a verification of 10 September: the new run's outcome is MET, the
		// reviewer saw NOT_MET.
		String persons = "pers_person_id,pers_sex,pers_dob,pers_expected_dob\nN1,F,2026-08-01,\n";
		String episodes = "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,cine_referral_team\n"
				+ "E1,N1,2026-09-01,,North\n";
		AuditRunner.RunResult first = this.runner.run(TestDrops.write(temp, "september",
				Map.of("ssd_person.csv", persons, "ssd_cin_episodes.csv", episodes)), "2026-09", null,
				temp.resolve("out-09"));
		assertThat(first.completed()).as(first.reason()).isTrue();
		assertThat(this.mvc.perform(as(ANN, post("/qa/2026-09/cases/N1/reviews").param("criterion", "HOUSEHOLD_VERIFIED")
			.param("outcome", "MET").param("reason", "Verified at the home visit, not yet on the record.")
			.param("version", "0"))).andReturn().getResponse().getStatus()).isEqualTo(302);
		AuditRunner.RunResult again = this.runner.run(TestDrops.write(temp, "september-again", Map.of("ssd_person.csv",
				persons, "ssd_cin_episodes.csv", episodes, "ext_agency_events.csv", """
						evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason
						V1,N1,,CSC,HOUSEHOLD_VERIFIED,2026-09-10,,,
						""")), "2026-09", null, temp.resolve("out-09-again"));
		assertThat(again.completed()).as(again.reason()).isTrue();
		String page = this.mvc.perform(as(ANN, get("/qa/2026-09/cases/N1"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Data changed since review")
			.contains("The reviewer saw NOT MET; the automated outcome is now MET.");
		MvcResult csv = this.mvc.perform(as(ANN, get("/runs/" + again.runId() + "/files/reviews.csv"))).andReturn();
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList())
			.hasSize(2).last().asString().startsWith("N1,North,HOUSEHOLD_VERIFIED,MET,MET," + ANN + ",").endsWith(",true");
	}

	@Test
	void aMonthAuditedByAToolSinceEditedIsShownWithTheToolOfTheSameIdAndCriteria() throws Exception {
		// As after an upgrade that ships the tool file changed (a criterion's wording, say): the run
		// recorded another SHA-256 than any definition has now.
		this.jdbc.sql("update audit_run set tool_sha256 = :sha where period = '2026-11'").param("sha", "f".repeat(64))
			.update();
		MvcResult page = this.mvc.perform(as(ANN, get("/qa/2026-11"))).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains("id=\"criterion-HOUSEHOLD_VERIFIED\"");
	}

	private MockHttpServletRequestBuilder submission(String moderation, Map<String, String> changes) {
		MockHttpServletRequestBuilder request = post(moderation);
		for (String line : P1) {
			String[] parts = line.split(" ");
			request.param("outcomes." + parts[0], changes.getOrDefault(parts[0], parts[1]));
		}
		return request;
	}

	private void assertDrawRefused(String size, String seed, String window, String strata, String field,
			String message) throws Exception {
		MvcResult result = this.mvc.perform(as(ANN, post("/qa/2026-11/samples").param("size", size).param("seed", seed)
			.param("exclusionMonths", window).param("strata", strata))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("There is a problem")
			.contains("href=\"#" + field + "\"").contains(message);
	}

	/** Draws a sample of the month and returns the saved sample's page. */
	private String drawn(String who, String size, String seed, String window, String strata) throws Exception {
		String period = size.equals("2") ? "2026-10" : "2026-11";
		MvcResult result = this.mvc.perform(as(who, post("/qa/" + period + "/samples").param("size", size)
			.param("seed", seed).param("exclusionMonths", window).param("strata", strata))).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return this.mvc.perform(as(who, get(result.getResponse().getRedirectedUrl()))).andReturn().getResponse()
			.getContentAsString();
	}

	private static List<String> cases(String samplePage) {
		String table = samplePage.substring(samplePage.indexOf("id=\"sampled-cases\""));
		return Pattern.compile("/cases/([A-Z0-9]+)\"").matcher(table).results().map((m) -> m.group(1)).toList();
	}

	private String grade(String caseId) {
		return this.jdbc.sql("select grade from case_score where case_id = :case").param("case", caseId)
			.query(String.class).single();
	}

	private List<String> logged(String who, String action) {
		return this.jdbc.sql("select target from access_log where action = :action and username = :user")
			.param("action", action).param("user", who).query(String.class).list();
	}

	private static MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(who).roles("QA_OFFICER"));
	}
}
