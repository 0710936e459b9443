package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.web.Dates;

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

	private final Dates dates;

	CaseController(QaPeriods periods, ReviewedResults results, Reviews reviews, Chronology chronology,
			AccessLog accessLog, Dates dates) {
		this.periods = periods;
		this.results = results;
		this.reviews = reviews;
		this.chronology = chronology;
		this.accessLog = accessLog;
		this.dates = dates;
	}

	@GetMapping("/qa/{period}/cases/{caseId}")
	String page(@PathVariable String period, @PathVariable String caseId, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		show(qa, caseId, model, List.of(), null);
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
		show(qa, caseId, model, errors, new CaseCriterion.Editing(criterion, outcome, reason));
		response.setStatus((conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
		return "qa/case";
	}

	private void show(QaPeriod qa, String caseId, Model model, List<FormError> errors, CaseCriterion.Editing editing) {
		CaseFigures figures = this.results.caseFigures(qa.tool(), qa.period(), qa.auditRunId(), caseId);
		Map<String, CaseReview> current = new HashMap<>();
		figures.reviews().forEach((r) -> current.put(r.review().criterion(), r));
		Map<String, List<Review>> histories = current.isEmpty() ? Map.of()
				: this.reviews.histories(qa.tool().id(), qa.period(), caseId);
		List<CaseCriterion> criteria = new ArrayList<>();
		for (CriterionOutcome automated : figures.automated().outcomes()) {
			String code = automated.criterion();
			criteria.add(CaseCriterion.of(code, qa.tool().criterion(code).map((c) -> c.title()).orElse(code),
					automated.outcome(), automated.evidence(), figures.reviewed().outcome(code).outcome(), current.get(code),
					histories.getOrDefault(code, List.of()), errors, editing, this.dates));
		}
		model.addAttribute("title", QaPeriodController.title(qa, "case " + caseId));
		model.addAttribute("qa", qa);
		model.addAttribute("caseId", caseId);
		model.addAttribute("figures", figures);
		model.addAttribute("criteria", criteria);
		model.addAttribute("chronology", this.chronology.of(qa.loadId(), caseId, qa.auditDate()));
		model.addAttribute("errors", errors);
	}
}
