package org.safeguarding.audit.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.web.Dates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The QA officers' drill-down: the published periods, a period's criteria with automated and
 * reviewed figures side by side, and a criterion's cases by outcome ({@code NOT_MET} first),
 * filtered by team, a page at a time or all as a CSV work list.
 */
@Controller
class QaPeriodController {


	private final QaPeriods periods;

	private final ReviewedResults results;

	private final Reviews reviews;

	private final CriterionCases cases;

	private final AccessLog accessLog;

	QaPeriodController(QaPeriods periods, ReviewedResults results, Reviews reviews, CriterionCases cases,
			AccessLog accessLog) {
		this.periods = periods;
		this.results = results;
		this.reviews = reviews;
		this.cases = cases;
		this.accessLog = accessLog;
	}

	@GetMapping("/qa")
	String periods(Model model) {
		model.addAttribute("periods", this.periods.published());
		return "qa/periods";
	}

	@GetMapping("/qa/{period}")
	String period(@PathVariable String period, Model model) {
		QaPeriod qa = this.periods.require(period);
		ReviewedFigures figures = this.results.figures(qa.tool(), qa.month());
		List<CaseReview> current = this.reviews.ofPeriod(qa.tool().id(), qa.month());
		List<CriterionRow> rows = new ArrayList<>();
		for (int i = 0; i < figures.automated().size(); i++) {
			String code = figures.automated().get(i).criterion();
			List<CaseReview> inPlace = current.stream()
				.filter((r) -> r.review().criterion().equals(code) && r.automatedNow() != null
						&& r.automatedNow().applicable())
				.toList();
			rows.add(new CriterionRow(figures.automated().get(i), figures.reviewed().get(i), inPlace.size(),
					(int) inPlace.stream().filter((r) -> r.review().reviewedOutcome() != r.automatedNow()).count()));
		}
		model.addAttribute("title", QaPeriodController.title(qa, "criteria"));
		model.addAttribute("qa", qa);
		model.addAttribute("figures", figures);
		model.addAttribute("rows", rows);
		return "qa/period";
	}

	@GetMapping("/qa/{period}/criteria/{code}")
	String criterion(@PathVariable String period, @PathVariable String code,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String team,
			@RequestParam(required = false) String page, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		Criterion criterion = criterion(qa, code);
		List<FormError> errors = new ArrayList<>();
		Outcome wanted = outcome(outcome, errors);
		String teamWanted = team(qa, team, errors);
		Map<Outcome, Integer> counts = this.cases.counts(qa, code, teamWanted);
		int total = (wanted != null) ? counts.get(wanted) : counts.values().stream().mapToInt(Integer::intValue).sum();
		int pages = Math.max(1, (total + CriterionCases.PAGE_SIZE - 1) / CriterionCases.PAGE_SIZE);
		int pageNumber = pageNumber(page, pages, errors);
		model.addAttribute("title", title(qa, criterion.title()));
		model.addAttribute("qa", qa);
		model.addAttribute("criterion", criterion);
		model.addAttribute("outcomes", CriterionCases.ORDER);
		model.addAttribute("teams", this.cases.teams(qa.auditRunId()));
		model.addAttribute("outcome", (wanted != null) ? wanted.name() : null);
		model.addAttribute("team", teamWanted);
		model.addAttribute("counts", counts);
		model.addAttribute("total", total);
		model.addAttribute("errors", errors);
		model.addAttribute("paging", Paging.of(pageNumber, pages, CriterionCases.PAGE_SIZE, total));
		model.addAttribute("rows", this.cases.page(qa, code, wanted, teamWanted, counts, pageNumber));
		// A list of case ids is case-level data, logged like a case page (the filters as checked).
		this.accessLog.record(authentication.getName(), AccessAction.CASE_LIST_VIEWED,
				listed(qa, criterion.code(), wanted, teamWanted) + " page " + pageNumber, CurrentUser.address(request));
		return "qa/criterion";
	}

	@GetMapping("/qa/{period}/criteria/{code}/cases.csv")
	void criterionCsv(@PathVariable String period, @PathVariable String code,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String team,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) throws IOException {
		QaPeriod qa = this.periods.require(period);
		criterion(qa, code);
		List<FormError> errors = new ArrayList<>();
		Outcome wanted = outcome(outcome, errors);
		String teamWanted = team(qa, team, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.get(0).field(), errors.get(0).message());
		}
		String name = qa.month() + "-" + code + "-cases.csv";
		this.accessLog.record(authentication.getName(), AccessAction.FILE_DOWNLOADED,
				listed(qa, code, wanted, teamWanted) + " " + name, CurrentUser.address(request));
		noStore(response);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		this.cases.csv(qa, code, wanted, teamWanted, response.getOutputStream());
	}

	/** Which cases a list or its CSV holds, for the access log. */
	private static String listed(QaPeriod qa, String code, Outcome outcome, String team) {
		return "period " + qa.month() + " criterion " + code + ((outcome != null) ? " outcome " + outcome : "")
				+ ((team != null) ? " team " + team : "");
	}

	/** A page's title: what it shows, then the month ("Criteria – October 2026"). */
	static String title(QaPeriod qa, String what) {
		String month = Dates.month(qa.period());
		return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " – " + month;
	}

	static void noStore(HttpServletResponse response) {
		QaPageAdvice.noStore(response);
	}

	static Criterion criterion(QaPeriod qa, String code) {
		return qa.tool().criterion(code).orElseThrow(() -> new InvalidInputException("criterion",
				"criterion " + Inputs.quoted(code) + " is not a criterion of tool '" + qa.tool().id() + "'"));
	}

	private static Outcome outcome(String outcome, List<FormError> errors) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		try {
			return Inputs.oneOf("outcome", Outcome.class, outcome);
		}
		catch (InvalidInputException ex) {
			errors.add(new FormError("outcome", ex.getMessage()));
			return null;
		}
	}

	private String team(QaPeriod qa, String team, List<FormError> errors) {
		if (team == null || team.isBlank()) {
			return null;
		}
		if (!this.cases.teams(qa.auditRunId()).contains(team)) {
			errors.add(new FormError("team", "team " + Inputs.quoted(team) + " has no cases in " + qa.month()));
			return null;
		}
		return team;
	}

	private static int pageNumber(String page, int pages, List<FormError> errors) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			long n = Inputs.wholeNumber("page", page, 1, 1);
			if (n > pages) {
				errors.add(new FormError("page", "page must be from 1 to " + pages + " (was " + n + ")"));
				return 1;
			}
			return (int) n;
		}
		catch (InvalidInputException ex) {
			errors.add(new FormError("page", ex.getMessage()));
			return 1;
		}
	}

	/** A criterion's figures as automated and as reviewed, with the reviews behind the difference. */
	record CriterionRow(CriterionSummary automated, CriterionSummary reviewed, int reviewedOutcomes,
			int changedOutcomes) {
	}
}
