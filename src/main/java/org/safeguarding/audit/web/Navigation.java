package org.safeguarding.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The service navigation a user sees: only the areas their roles open (the server checks again). */
public final class Navigation {

	private Navigation() {
	}

	/** The user's roles as plain names ({@code OPERATOR}), empty when not signed in. */
	public static Set<String> roles(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
	}

	static List<Item> items(Set<String> roles, String path) {
		List<Item> items = new ArrayList<>();
		if (roles.isEmpty()) {
			return items;
		}
		items.add(new Item("Home", "/", path.equals("/")));
		if (roles.contains("BOARD") || roles.contains("QA_OFFICER")) {
			items.add(new Item("Board", "/board", path.startsWith("/board")));
		}
		if (roles.contains("QA_OFFICER")) {
			items.add(new Item("Quality assurance", "/qa", path.startsWith("/qa")));
		}
		if (roles.contains("OPERATOR") || roles.contains("QA_OFFICER")) {
			items.add(new Item("Runs", "/runs", path.startsWith("/runs") || path.startsWith("/backfills")));
		}
		if (roles.contains("OPERATOR")) {
			items.add(new Item("Jobs", "/jobs", path.startsWith("/jobs")));
		}
		if (roles.contains("ADMIN")) {
			items.add(new Item("Users", "/admin/users", path.startsWith("/admin/users")));
			items.add(new Item("Access log", "/admin/access-log", path.startsWith("/admin/access-log")));
		}
		return items;
	}

	/** One link of the navigation; {@code current} marks the area the page is in. */
	public record Item(String text, String href, boolean current) {
	}
}
