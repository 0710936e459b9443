package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * Moderation of a sampled case — each auditor records an outcome for every criterion that
 * applies, seeing the other's only once both have submitted — and the agreement page: Cohen's
 * kappa per criterion and overall, weighted kappa of grades, and the first auditor against the
 * automated outcomes, over the months up to this one.
 */
@Controller
class ModerationController {

	/** The agreement page looks back over this many months, this one included, unless asked otherwise. */
	static final int DEFAULT_MONTHS = 12;

	private final QaPeriods periods;

	private final Moderations moderations;

	private final Agreements agreements;

	private final AccessLog accessLog;

	ModerationController(QaPeriods periods, Moderations moderations, Agreements agreements, AccessLog accessLog) {
		this.periods = periods;
		this.moderations = moderations;
		this.agreements = agreements;
		this.accessLog = accessLog;
	}

	@GetMapping("/qa/{period}/moderations/{id}")
	String moderation(@PathVariable String period, @PathVariable String id, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		Moderation moderation = moderationOf(qa, id);
		show(qa, moderation, authentication.getName(), model, List.of(), Map.of());
		// The moderation page shows one case's outcomes: a case-level view, logged as the case page is.
		this.accessLog.record(authentication.getName(), AccessAction.MODERATION_VIEWED, "period " + qa.month()
				+ " moderation " + moderation.moderationId() + " case " + moderation.caseId(), CurrentUser.address(request));
		return "qa/moderation";
	}

	@PostMapping("/qa/{period}/moderations/{id}")
	String submit(@PathVariable String period, @PathVariable String id, @RequestParam Map<String, String> form,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		Moderation moderation = moderationOf(qa, id);
		Map<String, String> outcomes = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("outcomes.")) {
				outcomes.put(name.substring("outcomes.".length()), value);
			}
		});
		try {
			this.moderations.submit(moderation.moderationId(), authentication.getName(), outcomes);
			this.accessLog.record(authentication.getName(), AccessAction.MODERATION_RECORDED, "period " + qa.month()
					+ " moderation " + moderation.moderationId() + " case " + moderation.caseId() + " outcomes submitted",
					CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Your outcomes for case " + moderation.caseId() + " are submitted.");
			return "redirect:/qa/" + qa.month() + "/moderations/" + moderation.moderationId();
		}
		catch (InvalidInputException | EditConflictException ex) {
			String field = (ex instanceof InvalidInputException invalid && invalid.field().startsWith("outcomes."))
					? invalid.field() : "outcomes";
			show(qa, moderation, authentication.getName(), model, List.of(new FormError(field, ex.getMessage())), outcomes);
			response.setStatus(((ex instanceof EditConflictException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			return "qa/moderation";
		}
	}

	@GetMapping("/qa/{period}/agreement")
	String agreement(@PathVariable String period, @RequestParam(required = false) String from,
			HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		String first = qa.period().minusMonths(DEFAULT_MONTHS - 1).toString();
		List<FormError> errors = new ArrayList<>();
		if (from != null && !from.isBlank()) {
			try {
				YearMonth asked = Inputs.period(from.strip());
				if (asked.isAfter(qa.period())) {
					throw new InvalidInputException("from", "from must not be after " + qa.month() + " (was " + asked + ")");
				}
				first = asked.toString();
			}
			catch (InvalidInputException ex) {
				errors.add(new FormError("from", ex.getMessage().replaceFirst("^period", "from")));
			}
		}
		AgreementReport report = this.agreements.agreement(qa.tool(), first, qa.month());
		List<AgreementRow> rows = new ArrayList<>();
		report.byCriterion().forEach((code, agreement) -> rows.add(new AgreementRow(code,
				qa.tool().criterion(code).map((c) -> c.title()).orElse(code), AgreementText.of(agreement),
				AgreementText.of(report.firstAuditorVersusAutomated().get(code)))));
		model.addAttribute("title", QaPeriodController.title(qa, "agreement"));
		model.addAttribute("qa", qa);
		model.addAttribute("from", (from != null) ? from : first);
		model.addAttribute("first", first);
		model.addAttribute("errors", errors);
		model.addAttribute("report", report);
		model.addAttribute("overall", AgreementText.of(report.overall()));
		model.addAttribute("grades", AgreementText.of(report.grades()));
		model.addAttribute("rows", rows);
		return "qa/agreement";
	}

	private void show(QaPeriod qa, Moderation moderation, String viewer, Model model, List<FormError> errors,
			Map<String, String> typed) {
		ModerationView view = this.moderations.view(moderation.moderationId(), viewer);
		boolean first = viewer.equals(moderation.firstAuditor());
		boolean auditor = first || viewer.equals(moderation.secondAuditor());
		boolean submitted = first ? view.firstSubmitted() : view.secondSubmitted();
		model.addAttribute("title", QaPeriodController.title(qa, "moderation of case " + moderation.caseId()));
		model.addAttribute("qa", qa);
		model.addAttribute("moderation", moderation);
		model.addAttribute("view", view);
		model.addAttribute("canSubmit", auditor && !submitted);
		model.addAttribute("criteria", view.applicableCriteria().stream()
			.map((code) -> new CriterionLine(code, qa.tool().criterion(code).map((c) -> c.title()).orElse(code)))
			.toList());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FormError::field).toList());
	}

	/** The moderated case named by the path, which must be one of this month's samples'. */
	private Moderation moderationOf(QaPeriod qa, String id) {
		long moderationId = Inputs.wholeNumber("moderationId", id, 1, 0);
		return this.moderations.get(moderationId)
			.filter((m) -> m.period().equals(qa.period()) && m.toolId().equals(qa.tool().id()))
			.orElseThrow(() -> new InvalidInputException("moderationId",
					"moderation " + moderationId + " is not of a sample of " + qa.month()));
	}

	/** A criterion an auditor gives an outcome for. */
	record CriterionLine(String code, String title) {
	}

	/** A criterion's agreement between the auditors, and between the first auditor and the automated outcome. */
	record AgreementRow(String code, String title, String auditors, String versusAutomated) {
	}
}
