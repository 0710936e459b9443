package org.safeguarding.audit.security;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages: users and their roles (a new user's or a reset password is generated
 * and shown once), disabling a user, and the access log with its filters.
 */
@Controller
class AdminController {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final UserAccounts users;

	private final AccessLog accessLog;

	AdminController(UserAccounts users, AccessLog accessLog) {
		this.users = users;
		this.accessLog = accessLog;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String save(@RequestParam(required = false) String username, @RequestParam(name = "roles", required = false) List<String> roles,
			@RequestParam(name = "new-password", required = false) String newPassword, Authentication authentication,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		try {
			for (String role : (roles != null) ? roles : List.<String>of()) {
				chosen.addAll(Role.parseList(role));
			}
			boolean exists = username != null && this.users.find(username.strip()).isPresent();
			String password = (!exists || newPassword != null) ? Passwords.generate() : null;
			boolean created = this.users.save(username, chosen, password, authentication.getName(),
					CurrentUser.address(request));
			String name = UserAccounts.checkedName(username);
			redirect.addFlashAttribute("notice", (created ? "User " + name + " is added." : "User " + name + " is changed."));
			if (password != null) {
				redirect.addFlashAttribute("password", password);
				redirect.addFlashAttribute("passwordFor", name);
			}
			return "redirect:/admin/users";
		}
		catch (InvalidUserException ex) {
			return error(model, ex.field(), ex.getMessage(), username);
		}
		catch (IllegalArgumentException ex) {
			return error(model, "roles", ex.getMessage(), username);
		}
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (username.equalsIgnoreCase(authentication.getName())) {
			redirect.addFlashAttribute("problem", "You cannot disable yourself: another administrator can.");
			return "redirect:/admin/users";
		}
		try {
			this.users.disable(username, authentication.getName(), CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "User " + username + " can no longer sign in.");
		}
		catch (InvalidUserException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/access-log")
	String accessLog(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("user", user);
		try {
			AccessLogQuery query = AccessLogQuery.of(from, to, user, page);
			List<AccessLog.Entry> entries = this.accessLog.find(query.from(), query.to(), query.user(), query.page());
			model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), AccessLog.PAGE_SIZE)));
			model.addAttribute("page", query.page() + 1);
			model.addAttribute("more", entries.size() > AccessLog.PAGE_SIZE);
		}
		catch (InvalidUserException ex) {
			model.addAttribute("errors", List.of(new FormError(ex.field(), ex.getMessage())));
		}
		return "admin/access-log";
	}

	private String error(Model model, String field, String message, String username) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("username", username);
		model.addAttribute("errors", List.of(new FormError(field, message)));
		return "admin/users";
	}

	/** A form field's error. */
	record FormError(String field, String message) {
	}

	/** The access log's filters as typed, checked: days from and to (inclusive, UK time), a user, a page from 0. */
	record AccessLogQuery(OffsetDateTime from, OffsetDateTime to, String user, int page) {

		static AccessLogQuery of(String from, String to, String user, String page) {
			OffsetDateTime start = day("from", from, 0);
			OffsetDateTime end = day("to", to, 1);
			int number = 0;
			if (page != null && !page.isBlank()) {
				try {
					number = Integer.parseInt(page.strip()) - 1;
				}
				catch (NumberFormatException ex) {
					number = -1;
				}
				if (number < 0) {
					throw new InvalidUserException("page", "page '" + page + "' is not a page number (1 or more)");
				}
			}
			return new AccessLogQuery(start, end, (user == null || user.isBlank()) ? null : user.strip(), number);
		}

		private static OffsetDateTime day(String field, String text, int plusDays) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(UK).toOffsetDateTime();
			}
			catch (DateTimeException ex) {
				throw new InvalidUserException(field, field + " '" + text + "' is not a date (YYYY-MM-DD)");
			}
		}
	}
}
