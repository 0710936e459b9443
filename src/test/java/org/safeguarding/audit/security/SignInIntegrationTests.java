package org.safeguarding.audit.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in as service.md says: the form needs its CSRF token, passwords are stored only as an
 * adaptive hash, five failures lock a user name (known or not) for 15 minutes, sign-out ends the
 * session, sessions end after 30 minutes idle, and every sign-in, failure, lock and sign-out is in
 * the access log, which the database will not let anyone change.
 */
@SpringBootTest(properties = { "audit.store.data-dir=target/test-postgres/${random.uuid}",
		"spring.main.web-application-type=servlet" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ServerProperties server;

	@BeforeAll
	void users() {
		for (String name : List.of("bea", "lockme", "leaver")) {
			this.users.save(name, Set.of(Role.BOARD), PASSWORD, "test", null);
		}
	}

	@Test
	void theRightPasswordSignsInAndTheHomePageOpens() throws Exception {
		MvcResult signedIn = this.mvc.perform(post("/sign-in").with(csrf()).param("username", "bea").param("password", PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Signed in as <strong>bea</strong>")));
		assertThat(actions("bea")).contains("SIGN_IN");
	}

	@Test
	void theFormWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/sign-in").param("username", "bea").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void passwordsAreStoredOnlyAsAnAdaptiveHash() {
		String hash = this.jdbc.sql("select password_hash from app_user where username = 'bea'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain(PASSWORD);
		assertThat(this.encoder.matches(PASSWORD, hash)).isTrue();
	}

	@Test
	void fiveWrongPasswordsLockTheUserNameEvenForTheRightPassword() throws Exception {
		for (int i = 1; i <= 4; i++) {
			this.mvc.perform(post("/sign-in").with(csrf()).param("username", "lockme").param("password", "wrong " + i + " wrong"))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		this.mvc.perform(post("/sign-in").with(csrf()).param("username", "lockme").param("password", "wrong 5 wrong"))
			.andExpect(redirectedUrl("/sign-in?locked"));
		this.mvc.perform(post("/sign-in").with(csrf()).param("username", "LockMe").param("password", PASSWORD))
			.andExpect(redirectedUrl("/sign-in?locked"));
		this.mvc.perform(get("/sign-in").param("locked", "")).andExpect(content().string(org.hamcrest.Matchers
			.containsString("This user name is locked for 15 minutes after five failed sign-ins")));
		assertThat(actions("lockme")).containsSubsequence("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
				"SIGN_IN_FAILED", "SIGN_IN_FAILED", "LOCKED", "SIGN_IN_FAILED");
	}

	@Test
	void aNameThatIsNoUserIsLockedTheSameWaySoALockSaysNothingAboutWhoExists() throws Exception {
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(post("/sign-in").with(csrf()).param("username", "nobody").param("password", "guess " + i));
		}
		this.mvc.perform(post("/sign-in").with(csrf()).param("username", "nobody").param("password", "guess 6"))
			.andExpect(redirectedUrl("/sign-in?locked"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MvcResult signedIn = this.mvc.perform(post("/sign-in").with(csrf()).param("username", "leaver").param("password", PASSWORD))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		this.mvc.perform(post("/sign-out").with(csrf()).session(session)).andExpect(redirectedUrl("/sign-in?signed-out"));
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/").cookie(new Cookie("AUDIT_SESSION", session.getId()))).andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"));
		assertThat(actions("leaver")).containsSubsequence("SIGN_IN", "SIGN_OUT");
	}

	@Test
	void aSessionEndsAfterThirtyMinutesIdleAndItsCookieIsHttpOnly() {
		assertThat(this.server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnAccessLogEntry() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update access_log set username = 'someone else'").update())
			.withMessageContaining("the access log is append-only: UPDATE is refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from access_log").update())
			.withMessageContaining("the access log is append-only: DELETE is refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate access_log").update())
			.withMessageContaining("the access log is append-only: TRUNCATE is refused");
	}

	@Test
	void withNoUsersTheSignInPageSaysHowToAddTheFirstAdministrator() throws Exception {
		// This context has users: the page names the command only when there are none.
		this.mvc.perform(get("/sign-in")).andExpect(content().string(org.hamcrest.Matchers.not(
				org.hamcrest.Matchers.containsString("add-user --username NAME --role ADMIN"))));
	}

	private List<String> actions(String user) {
		return this.jdbc.sql("select action from access_log where lower(username) = :u order by id").param("u", user)
			.query(String.class).list();
	}
}
