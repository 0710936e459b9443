package org.safeguarding.audit.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what this user may do, and the newest published period; and the accessibility statement. */
@Controller
class HomeController {

	private final JdbcClient jdbc;

	HomeController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		model.addAttribute("roles", Navigation.roles(authentication));
		model.addAttribute("newestPeriod", this.jdbc.sql("select max(period) from audit_run where status = 'PUBLISHED'")
			.query(String.class).optional().orElse(null));
		return "home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "accessibility";
	}
}
