package org.safeguarding.audit.run;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.web.Dates;
import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's runs: the list (filters by job, period and status; status tags; pages)
 * and one run (steps, counts, failure, files, and restart or stop after a confirmation).
 */
@Controller
class RunsController {

	private final Runs runs;

	private final RunDetails details;

	private final RunRequests requests;

	private final JobDefinitions jobs;

	private final AccessLog accessLog;

	private final Dates dates;

	RunsController(Runs runs, RunDetails details, RunRequests requests, JobDefinitions jobs, AccessLog accessLog,
			Dates dates) {
		this.dates = dates;
		this.runs = runs;
		this.details = details;
		this.requests = requests;
		this.jobs = jobs;
		this.accessLog = accessLog;
	}

	@GetMapping("/runs")
	String list(@RequestParam(required = false) String job, @RequestParam(required = false) String period,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page,
			Authentication authentication, Model model) {
		model.addAttribute("operator", CurrentUser.roles(authentication).contains(Role.OPERATOR));
		model.addAttribute("jobIds", this.jobs.all().stream().map(JobDefinition::id).toList());
		model.addAttribute("statuses", RunStatus.values());
		model.addAttribute("job", job);
		model.addAttribute("period", period);
		model.addAttribute("status", status);
		try {
			RunFilters.Checked checked = RunFilters.check(job, period, status, page);
			RunDetails.RunPage found = this.details.page(checked.filter(), checked.page());
			model.addAttribute("found", found);
			model.addAttribute("rows", found.runs().stream().map(run -> RunListRow.of(run, this.dates)).toList());
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
		}
		return "runs/list";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Authentication authentication, Model model) {
		Run run = this.runs.find(id).orElseThrow(() -> new NoSuchRunException(id));
		Set<Role> roles = CurrentUser.roles(authentication);
		model.addAttribute("run", run);
		model.addAttribute("steps", this.details.steps(run));
		model.addAttribute("counts", this.details.counts(run));
		model.addAttribute("files", PublishedFiles.readable(run, roles));
		model.addAttribute("operator", roles.contains(Role.OPERATOR));
		return "runs/run";
	}

	@GetMapping({ "/runs/{id}/restart", "/runs/{id}/stop" })
	String confirm(@PathVariable long id, HttpServletRequest request, Model model) {
		Run run = this.runs.find(id).orElseThrow(() -> new NoSuchRunException(id));
		model.addAttribute("run", run);
		model.addAttribute("action", request.getRequestURI().endsWith("/restart") ? "restart" : "stop");
		return "runs/confirm";
	}

	@PostMapping("/runs/{id}/restart")
	String restart(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "restart", authentication, request, redirect);
	}

	@PostMapping("/runs/{id}/stop")
	String stop(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "stop", authentication, request, redirect);
	}

	private String act(long id, String action, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			if (action.equals("restart")) {
				this.requests.restart(id);
				redirect.addFlashAttribute("notice", "Run " + id + " is queued to restart from the step that failed.");
			}
			else {
				Run run = this.requests.stop(id);
				redirect.addFlashAttribute("notice", (run.status() == RunStatus.STOPPED) ? "Run " + id + " is stopped."
						: "Run " + id + " will stop at the next chunk boundary.");
			}
			this.accessLog.record(authentication.getName(),
					action.equals("restart") ? AccessAction.RUN_RESTARTED : AccessAction.RUN_STOPPED, "run " + id,
					CurrentUser.address(request));
		}
		catch (RunConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	/** A form field's error, for the error summary and the field. */
	record FieldError(String field, String message) {
	}
}
