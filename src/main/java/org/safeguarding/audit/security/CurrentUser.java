package org.safeguarding.audit.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is asking, as the pages and the API need it: roles, name, and the client's address. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The roles of a signed-in user; none for an anonymous one. */
	public static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return roles;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	/** The client's address as the server saw it (behind a proxy, configure forwarded headers). */
	public static String address(HttpServletRequest request) {
		return request.getRemoteAddr();
	}
}
