package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case of a period: every criterion's outcome with its evidence, the score and grade as
 * automated and as reviewed, each criterion's review (current, history, "data changed since
 * review") with a form to record one, and the case's chronology. Every view and every review is
 * in the access log; the page is never cached.
 */
@Controller
class CaseController {

	private final QaPeriods periods;

	private final ReviewedResults results;

	private final Reviews reviews;

	private final Chronology chronology;

	private final AccessLog accessLog;

	CaseController(QaPeriods periods, ReviewedResults results, Reviews reviews, Chronology chronology,
			AccessLog accessLog) {
		this.periods = periods;
		this.results = results;
		this.reviews = reviews;
		this.chronology = chronology;
		this.accessLog = accessLog;
	}

	@GetMapping("/qa/{period}/cases/{caseId}")
	String page(@PathVariable String period, @PathVariable String caseId, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		show(qa, caseId, model);
		this.accessLog.record(authentication.getName(), AccessAction.CASE_VIEWED,
				"period " + qa.month() + " case " + caseId, CurrentUser.address(request));
		return "qa/case";
	}

	@PostMapping("/qa/{period}/cases/{caseId}/reviews")
	String review(@PathVariable String period, @PathVariable String caseId, @RequestParam String criterion,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "0") String version, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		QaPeriodController.criterion(qa, criterion);
		List<FormError> errors = new ArrayList<>();
		boolean conflict = false;
		int edited = 0;
		try {
			edited = Integer.parseInt(version);
		}
		catch (NumberFormatException ex) {
			errors.add(new FormError("outcome-" + criterion, "version must be a whole number (was " + Inputs.quoted(version) + ")"));
		}
		if (errors.isEmpty()) {
			try {
				Review saved = this.reviews.save(new ReviewForm(qa.tool().id(), qa.month(), caseId, criterion, outcome,
						reason, edited), authentication.getName());
				this.accessLog.record(authentication.getName(), AccessAction.REVIEW_RECORDED, "period " + qa.month()
						+ " case " + caseId + " " + criterion + " version " + saved.version(), CurrentUser.address(request));
				redirect.addFlashAttribute("notice", "Your review of " + criterion + " is saved (version "
						+ saved.version() + ").");
				return "redirect:/qa/" + qa.month() + "/cases/" + caseId + "#review-" + criterion;
			}
			catch (InvalidInputException ex) {
				String field = switch (ex.field()) {
					case "reason" -> "reason-" + criterion;
					// A criterion that does not apply has no form: the summary links to its row.
					case "criterion" -> "criterion-" + criterion;
					default -> "outcome-" + criterion;
				};
				errors.add(new FormError(field, ex.getMessage()));
			}
			catch (EditConflictException ex) {
				conflict = true;
				errors.add(new FormError("outcome-" + criterion, "Not saved: " + ex.getMessage()));
			}
		}
		show(qa, caseId, model);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FormError::field).collect(Collectors.toSet()));
		model.addAttribute("editing", new Editing(criterion, outcome, reason));
		response.setStatus((conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
		return "qa/case";
	}

	private void show(QaPeriod qa, String caseId, Model model) {
		CaseFigures figures = this.results.caseFigures(qa.tool(), qa.period(), qa.auditRunId(), caseId);
		Map<String, CaseReview> current = new HashMap<>();
		figures.reviews().forEach((r) -> current.put(r.review().criterion(), r));
		List<CriterionView> criteria = new ArrayList<>();
		for (CriterionOutcome automated : figures.automated().outcomes()) {
			String code = automated.criterion();
			CaseReview review = current.get(code);
			criteria.add(new CriterionView(code, qa.tool().criterion(code).map((c) -> c.title()).orElse(code),
					automated.outcome(), automated.evidence(), figures.reviewed().outcome(code).outcome(), review,
					(review != null) ? this.reviews.history(qa.tool().id(), qa.month(), caseId, code) : List.of()));
		}
		model.addAttribute("title", QaPeriodController.title(qa, "case " + caseId));
		model.addAttribute("qa", qa);
		model.addAttribute("caseId", caseId);
		model.addAttribute("figures", figures);
		model.addAttribute("criteria", criteria);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("chronology", this.chronology.of(qa.loadId(), caseId, qa.auditDate()));
		model.addAttribute("errorFields", Set.of());
	}

	/** One criterion of the case: automated outcome and evidence, the outcome with reviews in place, the review and its history. */
	record CriterionView(String code, String title, Outcome automated, String evidence, Outcome reviewed,
			CaseReview review, List<Review> history) {

		public boolean applies() {
			return this.automated.applicable();
		}

		/** The version a new review edits: the current one's, or 0. */
		public int version() {
			return (this.review != null) ? this.review.review().version() : 0;
		}
	}

	/** What the officer typed into a form that was refused, shown again in it. */
	record Editing(String criterion, String outcome, String reason) {
	}
}
