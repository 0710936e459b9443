package org.safeguarding.audit.review;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.report.CsvFiles;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.security.Role;
import org.safeguarding.audit.security.UserAccount;
import org.safeguarding.audit.security.UserAccounts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly sample: a month's samples and the form to draw one (size, seed, exclusion window,
 * strata), a saved sample's cases with its inputs (and a button to draw again with them), its
 * work list as CSV, and pairing a sampled case with a second auditor for moderation.
 */
@Controller
class SampleController {

	static final List<String> WORK_LIST_HEADER = List.of("sample_id", "position", "case_id", "team", "grade", "stratum");

	private final QaPeriods periods;

	private final Samples samples;

	private final Moderations moderations;

	private final UserAccounts users;

	private final AccessLog accessLog;

	private final CsvFiles csv;

	SampleController(QaPeriods periods, Samples samples, Moderations moderations, UserAccounts users,
			AccessLog accessLog, JdbcTemplate jdbc) {
		this.periods = periods;
		this.samples = samples;
		this.moderations = moderations;
		this.users = users;
		this.accessLog = accessLog;
		this.csv = new CsvFiles(jdbc);
	}

	@GetMapping("/qa/{period}/samples")
	String list(@PathVariable String period, HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		form(qa, model, Map.of(), List.of());
		return "qa/samples";
	}

	@PostMapping("/qa/{period}/samples")
	String draw(@PathVariable String period, @RequestParam(required = false) String size,
			@RequestParam(required = false) String seed, @RequestParam(required = false) String exclusionMonths,
			@RequestParam(required = false) String strata, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		try {
			SampleSpec spec = SampleSpec.of(size, seed, exclusionMonths, strata);
			SavedSample sample = this.samples.draw(qa.tool().id(), qa.month(), spec, authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.SAMPLE_DRAWN, "period " + qa.month()
					+ " sample " + sample.sampleId() + " (size " + spec.size() + ", seed " + spec.seed() + ")",
					CurrentUser.address(request));
			return "redirect:/qa/" + qa.month() + "/samples/" + sample.sampleId();
		}
		catch (InvalidInputException ex) {
			Map<String, String> typed = new HashMap<>();
			typed.put("size", size);
			typed.put("seed", seed);
			typed.put("exclusionMonths", exclusionMonths);
			typed.put("strata", strata);
			form(qa, model, typed, List.of(new FormError(ex.field(), ex.getMessage())));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "qa/samples";
		}
	}

	@GetMapping("/qa/{period}/samples/{sampleId}")
	String sample(@PathVariable String period, @PathVariable String sampleId, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		SavedSample sample = sampleOf(qa, sampleId);
		show(qa, sample, authentication, model, List.of());
		// The sample's page lists its cases: a case-level view, logged as the case page is.
		this.accessLog.record(authentication.getName(), AccessAction.SAMPLE_VIEWED,
				"period " + qa.month() + " sample " + sample.sampleId(), CurrentUser.address(request));
		return "qa/sample";
	}

	@GetMapping("/qa/{period}/samples/{sampleId}/cases.csv")
	void workList(@PathVariable String period, @PathVariable String sampleId, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		QaPeriod qa = this.periods.require(period);
		SavedSample sample = sampleOf(qa, sampleId);
		String name = qa.month() + "-sample-" + sample.sampleId() + ".csv";
		this.accessLog.record(authentication.getName(), AccessAction.FILE_DOWNLOADED, "period " + qa.month() + " " + name,
				CurrentUser.address(request));
		QaPeriodController.noStore(response);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		this.csv.write(response.getOutputStream(), WORK_LIST_HEADER, """
				select sample_id, position, case_id, team, grade, stratum from sample_case
				where sample_id = ? order by position""", sample.sampleId());
	}

	@PostMapping("/qa/{period}/samples/{sampleId}/moderations")
	String assign(@PathVariable String period, @PathVariable String sampleId, @RequestParam String caseId,
			@RequestParam(required = false) String secondAuditor, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		QaPeriodController.noStore(response);
		QaPeriod qa = this.periods.require(period);
		SavedSample sample = sampleOf(qa, sampleId);
		String field = "secondAuditor-" + caseId;
		try {
			if (secondAuditor != null && !secondAuditor.isBlank() && officers().stream()
				.noneMatch((u) -> u.username().equals(secondAuditor))) {
				throw new InvalidInputException("secondAuditor",
						"secondAuditor " + Inputs.quoted(secondAuditor) + " is not a QA officer who can sign in");
			}
			Moderation moderation = this.moderations.assign(sample.sampleId(), caseId, authentication.getName(),
					secondAuditor, authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.MODERATION_RECORDED, "period " + qa.month()
					+ " sample " + sample.sampleId() + " case " + caseId + " second auditor " + moderation.secondAuditor(),
					CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Case " + caseId + " is to be moderated by " + moderation.firstAuditor()
					+ " and " + moderation.secondAuditor() + ".");
			return "redirect:/qa/" + qa.month() + "/samples/" + sample.sampleId();
		}
		catch (InvalidInputException | EditConflictException ex) {
			show(qa, sample, authentication, model, List.of(new FormError(field, ex.getMessage())));
			response.setStatus(((ex instanceof EditConflictException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			return "qa/sample";
		}
	}

	private void form(QaPeriod qa, Model model, Map<String, String> typed, List<FormError> errors) {
		model.addAttribute("title", QaPeriodController.title(qa, "samples"));
		model.addAttribute("qa", qa);
		model.addAttribute("samples", this.samples.ofPeriod(qa.tool().id(), qa.month()));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("defaultSize", SampleSpec.DEFAULT_SIZE);
		model.addAttribute("defaultWindow", SampleSpec.DEFAULT_EXCLUSION_MONTHS);
	}

	private void show(QaPeriod qa, SavedSample sample, Authentication authentication, Model model,
			List<FormError> errors) {
		Map<String, Moderation> paired = new HashMap<>();
		this.moderations.ofSample(sample.sampleId()).forEach((m) -> paired.put(m.caseId(), m));
		model.addAttribute("title", QaPeriodController.title(qa, "sample " + sample.sampleId()));
		model.addAttribute("qa", qa);
		model.addAttribute("sample", sample);
		model.addAttribute("paired", paired);
		model.addAttribute("officers", officers().stream().map(UserAccount::username)
			.filter((u) -> !u.equals(authentication.getName())).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FormError::field).toList());
	}

	private List<UserAccount> officers() {
		return this.users.all().stream().filter((u) -> u.enabled() && u.roles().contains(Role.QA_OFFICER)).toList();
	}

	/** The saved sample named by the path, which must be one of this month's. */
	private SavedSample sampleOf(QaPeriod qa, String sampleId) {
		long id = Inputs.wholeNumber("sampleId", sampleId, 1, 0);
		return this.samples.get(id)
			.filter((s) -> s.period().equals(qa.period()) && s.toolId().equals(qa.tool().id()))
			.orElseThrow(() -> new InvalidInputException("sampleId",
					"sample " + id + " is not a sample of " + qa.month()));
	}
}
