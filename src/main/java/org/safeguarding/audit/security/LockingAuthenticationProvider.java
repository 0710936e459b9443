package org.safeguarding.audit.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with the stored password hash, refusing a locked user name before its password is even
 * checked, counting each failure (the fifth within 15 minutes locks the name) and recording every
 * failure and lock in the access log.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInFailures failures;

	private final AccessLog accessLog;

	LockingAuthenticationProvider(DaoAuthenticationProvider passwords, SignInFailures failures, AccessLog accessLog) {
		this.passwords = passwords;
		this.failures = failures;
		this.accessLog = accessLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = address(authentication);
		if (this.failures.locked(name)) {
			this.accessLog.record(name, AccessAction.SIGN_IN_FAILED, "locked", address);
			throw new LockedException("locked");
		}
		try {
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.failures.succeeded(name);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.accessLog.record(name, AccessAction.SIGN_IN_FAILED, "wrong user name or password", address);
			if (this.failures.failed(name)) {
				this.accessLog.record(name, AccessAction.LOCKED, "five failed sign-ins in 15 minutes", address);
				throw new LockedException("locked", ex);
			}
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.accessLog.record(name, AccessAction.SIGN_IN_FAILED, "refused: " + ex.getClass().getSimpleName(), address);
			throw ex;
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
