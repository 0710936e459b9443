package org.safeguarding.audit.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, enforced on the server for every page, API call and file (service.md):
 * two filter chains, one for the API and the actuator (HTTP Basic for scripts, or the signed-in
 * session; answers 401/403 as problem details) and one for the pages (a sign-in form; anonymous
 * requests go to it). Every response carries the security headers. Files are checked again by
 * name in {@code PublishedFiles}, because one run's files differ in who may read them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/sign-in", "/sign-out", "/accessibility", "/css/**", "/js/**",
			"/assets/**", "/webjars/**", "/favicon.ico", "/error", "/error/**" };

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			SignInFailures failures, AccessLog accessLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new LockingAuthenticationProvider(passwords, failures, accessLog));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authentication, ProblemResponses problems,
			UserAccounts users) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/actuator/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAnyRole("OPERATOR", "ADMIN")
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
				.hasAnyRole("OPERATOR", "ADMIN")
				.requestMatchers("/api/jobs/**", "/api/backfills/**", "/api/runs/*/restart", "/api/runs/*/stop")
				.hasRole("OPERATOR")
				.requestMatchers(HttpMethod.POST, "/api/runs")
				.hasRole("OPERATOR")
				.requestMatchers("/api/runs/*/files/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/runs", "/api/runs/*")
				.hasAnyRole("OPERATOR", "QA_OFFICER")
				.requestMatchers("/api/access-log/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/qa/**")
				.hasRole("QA_OFFICER")
				.requestMatchers("/api/board/**")
				.hasAnyRole("BOARD", "QA_OFFICER")
				.anyRequest()
				.denyAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			// A script signing in with Basic on each request sends no cookie a forger could ride on;
			// a browser's signed-in session must show the form's token for anything but a read.
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthorization()))
			// A browser may send HTTP Basic credentials it saved on its own: a write from another site
			// is refused whatever it signs in with (CrossSiteWrites).
			.addFilterBefore(new CrossSiteWrites(problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new SessionUserCheck(users, true), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authentication,
			SignInEvents signInEvents, UserAccounts users) throws Exception {
		http.authenticationManager(authentication)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/runs/new", "/backfills/**", "/jobs/**", "/runs/*/restart", "/runs/*/stop")
				.hasRole("OPERATOR")
				.requestMatchers("/runs/*/files/**")
				.authenticated()
				.requestMatchers("/runs", "/runs/**")
				.hasAnyRole("OPERATOR", "QA_OFFICER")
				.requestMatchers(HttpMethod.POST, "/board/*/publish")
				.hasRole("QA_OFFICER")
				.requestMatchers("/board", "/board/**")
				.hasAnyRole("BOARD", "QA_OFFICER")
				.requestMatchers("/qa", "/qa/**")
				.hasRole("QA_OFFICER")
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**")
				.hasAnyRole("OPERATOR", "ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(signInEvents::signedIn)
				.failureHandler(signInEvents::failed)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out")
				.addLogoutHandler(signInEvents::signingOut)
				.logoutSuccessUrl("/sign-in?signed-out"))
			.exceptionHandling(errors -> errors.accessDeniedPage("/error/forbidden"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new SessionUserCheck(users, false), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * A request the firewall refuses (an encoded slash or dot-dot in the path, say) never reaches a
	 * filter chain: it is answered 400 here, still with the headers every response carries.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			response.setHeader("Content-Security-Policy", CSP);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Cache-Control", "no-store");
			response.setStatus(400);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("This address cannot be answered.");
		};
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(options -> {
			});
	}

	private static RequestMatcher basicAuthorization() {
		return (HttpServletRequest request) -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		};
	}
}
