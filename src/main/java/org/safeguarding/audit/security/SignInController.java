package org.safeguarding.audit.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form (posted to Spring Security's filter) and a page to sign out from. With no users
 * at all, the form says how an administrator adds the first.
 */
@Controller
class SignInController {

	private final UserAccounts users;

	SignInController(UserAccounts users) {
		this.users = users;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		if (locked != null) {
			model.addAttribute("error", "This user name is locked for 15 minutes after five failed sign-ins");
		}
		else if (error != null) {
			model.addAttribute("error", "Enter a correct user name and password");
		}
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("noUsers", this.users.count() == 0);
		return "sign-in";
	}

	@GetMapping("/sign-out")
	String signOut() {
		return "sign-out";
	}
}
