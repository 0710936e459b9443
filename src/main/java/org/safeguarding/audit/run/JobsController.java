package org.safeguarding.audit.run;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.jobs.JobDefinition;
import org.safeguarding.audit.jobs.JobDefinitions;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's jobs: their schedules, next fire times and pause state; running a job
 * for a period; backfilling a range of periods. Each form's errors are named by field.
 */
@Controller
class JobsController {

	private final JobSchedules schedules;

	private final JobDefinitions jobs;

	private final RunRequests requests;

	private final AccessLog accessLog;

	JobsController(JobSchedules schedules, JobDefinitions jobs, RunRequests requests, AccessLog accessLog) {
		this.schedules = schedules;
		this.jobs = jobs;
		this.requests = requests;
		this.accessLog = accessLog;
	}

	@GetMapping("/jobs")
	String jobs(Model model) {
		model.addAttribute("jobs", this.schedules.all());
		return "jobs/list";
	}

	@PostMapping("/jobs/{job}/pause")
	String pause(@PathVariable String job, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return pauseOrResume(job, true, authentication, request, redirect);
	}

	@PostMapping("/jobs/{job}/resume")
	String resume(@PathVariable String job, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return pauseOrResume(job, false, authentication, request, redirect);
	}

	private String pauseOrResume(String job, boolean pause, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			if (pause) {
				this.schedules.pause(job, authentication.getName());
			}
			else {
				this.schedules.resume(job, authentication.getName());
			}
			this.accessLog.record(authentication.getName(), pause ? AccessAction.SCHEDULE_PAUSED
					: AccessAction.SCHEDULE_RESUMED, "job " + job, CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "The schedule of " + job + " is " + (pause ? "paused." : "resumed."));
		}
		catch (InvalidRequestException | RunConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/jobs";
	}

	@GetMapping("/runs/new")
	String runForm(@RequestParam(required = false) String job, Model model) {
		model.addAttribute("jobIds", jobIds());
		model.addAttribute("job", job);
		return "runs/new";
	}

	@PostMapping("/runs/new")
	String run(@RequestParam(required = false) String job, @RequestParam(required = false) String period,
			Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			long id = this.requests.request(job, period, authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.RUN_TRIGGERED,
					"run " + id + " job " + job + " period " + period, CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Run " + id + " is queued.");
			return "redirect:/runs/" + id;
		}
		catch (InvalidRequestException ex) {
			return formError(model, "runs/new", ex.field(), ex.getMessage(), job, period, null);
		}
		catch (NoDropException ex) {
			return formError(model, "runs/new", "period", ex.getMessage(), job, period, null);
		}
		catch (RunConflictException ex) {
			return formError(model, "runs/new", "period", ex.getMessage(), job, period, null);
		}
	}

	@GetMapping("/backfills/new")
	String backfillForm(Model model) {
		model.addAttribute("jobIds", jobIds());
		return "runs/backfill";
	}

	@PostMapping("/backfills/new")
	String backfill(@RequestParam(required = false) String job, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication authentication, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		try {
			List<Long> ids = this.requests.backfill(job, from, to, authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.BACKFILL,
					"job " + job + " " + from + " to " + to + " runs " + ids, CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Backfill queued: runs " + ids.get(0) + " to " + ids.get(ids.size() - 1)
					+ ", oldest period first, one at a time.");
			return "redirect:/runs?job=" + java.net.URLEncoder.encode(job, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("to", to);
			return formError(model, "runs/backfill", ex.field(), ex.getMessage(), job, null, from);
		}
		catch (RunConflictException ex) {
			model.addAttribute("to", to);
			return formError(model, "runs/backfill", "from", ex.getMessage(), job, null, from);
		}
	}

	private String formError(Model model, String view, String field, String message, String job, String period,
			String from) {
		model.addAttribute("jobIds", jobIds());
		model.addAttribute("job", job);
		model.addAttribute("period", period);
		model.addAttribute("from", from);
		model.addAttribute("errors", List.of(new RunsController.FieldError(field, message)));
		return view;
	}

	private List<String> jobIds() {
		return this.jobs.all().stream().map(JobDefinition::id).toList();
	}
}
