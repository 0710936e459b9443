package org.safeguarding.audit.board;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board's pages (BOARD and QA officers): the newest published period or a chosen one, with the
 * pack's sections, and a page per criterion. Figures come from the kept pack, never from case rows.
 */
@Controller
class BoardController {

	static final String NOT_FOUND = "/board/not-found";

	private static final String NOT_FOUND_MESSAGE = BoardController.class.getName() + ".notFound";

	private final BoardPages pages;

	BoardController(BoardPages pages) {
		this.pages = pages;
	}

	/** The newest period; with {@code ?period=} (the picker's form, which works without script) that period's page. */
	@GetMapping("/board")
	String newest(@RequestParam(required = false) String period, Authentication authentication, Model model,
			HttpServletResponse response) {
		return orNotFound(() -> {
			if (period != null) {
				return "redirect:/board/" + BoardPages.period(period.strip());
			}
			List<PublishedPeriod> periods = this.pages.periods();
			return periods.isEmpty() ? "board/none" : show(periods.get(0).period(), authentication, model);
		}, model, response);
	}

	@GetMapping("/board/{period}")
	String period(@PathVariable String period, Authentication authentication, Model model,
			HttpServletResponse response) {
		return orNotFound(() -> show(BoardPages.period(period), authentication, model), model, response);
	}

	@GetMapping("/board/{period}/criteria/{code}")
	String criterion(@PathVariable String period, @PathVariable String code, Model model, HttpServletResponse response) {
		return orNotFound(() -> {
			model.addAttribute("page", this.pages.criterion(BoardPages.period(period), code));
			return "board/criterion";
		}, model, response);
	}

	/** The page, or the error page saying which value is wrong (rendered here, in the layout every page has). */
	private static String orNotFound(Supplier<String> page, Model model, HttpServletResponse response) {
		try {
			return page.get();
		}
		catch (NotOnBoardException ex) {
			return notFoundPage(ex.getMessage(), model, response);
		}
	}

	private static String notFoundPage(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("heading", "Page not found");
		model.addAttribute("explanation", (message != null)
				? Character.toUpperCase(message.charAt(0)) + message.substring(1) + ". Choose a period from the board's page."
				: "There is no such board page. Choose a period from the board's page.");
		return "error";
	}

	private String show(YearMonth period, Authentication authentication, Model model) {
		model.addAttribute("page", this.pages.period(period));
		model.addAttribute("qaOfficer", CurrentUser.roles(authentication).contains(Role.QA_OFFICER));
		return "board/period";
	}

	/**
	 * Answers a board file or action whose period, run or version does not exist with the service's
	 * error page saying which value is wrong: forwarded, so that the page has the layout every page
	 * has (an exception handler's model has none).
	 */
	static String forwardNotFound(NotOnBoardException ex, HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(NOT_FOUND_MESSAGE, ex.getMessage());
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "forward:" + NOT_FOUND;
	}

	@RequestMapping(NOT_FOUND)
	String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
		return notFoundPage((String) request.getAttribute(NOT_FOUND_MESSAGE), model, response);
	}
}
