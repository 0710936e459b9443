package org.safeguarding.audit.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with the stored password hash. Each attempt is counted as a failure before its
 * password is checked (taken back when it succeeds), so guesses sent at once cannot outrun the
 * lock; a locked user name is refused without its password being checked; any refusal (a wrong
 * password, an unknown or disabled user) counts the same, so a lock says nothing about an
 * account. Every failure and lock is in the access log; a script's HTTP Basic sign-in is logged
 * once per user and address every half hour (a form's, by {@code SignInEvents}).
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

	/** What a user name can be at all (UserAccounts): anything else is refused before the database. */
	private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

	private static final Duration BASIC_LOGGED_EVERY = Duration.ofMinutes(30);

	private final DaoAuthenticationProvider passwords;

	private final SignInFailures failures;

	private final AccessLog accessLog;

	private final Map<String, Instant> basicLogged = new ConcurrentHashMap<>();

	LockingAuthenticationProvider(DaoAuthenticationProvider passwords, SignInFailures failures, AccessLog accessLog) {
		this.passwords = passwords;
		this.failures = failures;
		this.accessLog = accessLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = address(authentication);
		if (name == null || !PLAUSIBLE.matcher(name).matches()) {
			// Never a user: refused without writing the name anywhere (it could be anything, of any length).
			throw new BadCredentialsException("not a user name");
		}
		SignInFailures.Attempt attempt = this.failures.attempt(name);
		if (attempt != SignInFailures.Attempt.ALLOWED) {
			this.accessLog.record(name, AccessAction.SIGN_IN_FAILED, "locked", address);
			if (attempt == SignInFailures.Attempt.LOCKED_NOW) {
				this.accessLog.record(name, AccessAction.LOCKED, "five failed sign-ins in 15 minutes", address);
			}
			throw new LockedException("locked");
		}
		try {
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.failures.succeeded(name);
			logBasic(signedIn.getName(), address);
			return signedIn;
		}
		catch (AuthenticationException ex) {
			String why = (ex instanceof BadCredentialsException) ? "wrong user name or password"
					: "refused: " + ex.getClass().getSimpleName();
			this.accessLog.record(name, AccessAction.SIGN_IN_FAILED, why, address);
			if (this.failures.lockedByThisFailure(name)) {
				this.accessLog.record(name, AccessAction.LOCKED, "five failed sign-ins in 15 minutes", address);
				throw new LockedException("locked", ex);
			}
			// A disabled or expired account fails exactly as a wrong password does.
			throw new BadCredentialsException("wrong user name or password", ex);
		}
	}

	/** A sign-in on the API (HTTP Basic, every request): in the access log once per half hour. */
	private void logBasic(String user, String address) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		String path = request.getRequest().getRequestURI();
		if (!path.startsWith("/api/") && !path.startsWith("/actuator/") && !path.startsWith("/v3/")) {
			return;
		}
		Instant now = Instant.now();
		Instant last = this.basicLogged.get(user + " " + address);
		if (last == null || last.plus(BASIC_LOGGED_EVERY).isBefore(now)) {
			this.basicLogged.put(user + " " + address, now);
			this.accessLog.record(user, AccessAction.SIGN_IN, "HTTP Basic", address);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}
}
