package org.safeguarding.audit.run;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jobs' API: each job's schedule, next fire time, pause state and latest run; pause and resume. */
@RestController
class JobsApiController {

	private final JobSchedules schedules;

	private final AccessLog accessLog;

	JobsApiController(JobSchedules schedules, AccessLog accessLog) {
		this.schedules = schedules;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/jobs")
	List<JobJson> jobs() {
		return this.schedules.all().stream().map(JobJson::of).toList();
	}

	@PostMapping("/api/jobs/{job}/pause")
	JobJson pause(@PathVariable String job, Authentication authentication, HttpServletRequest request) {
		JobJson paused = JobJson.of(this.schedules.pause(job, authentication.getName()));
		this.accessLog.record(authentication.getName(), AccessAction.SCHEDULE_PAUSED, "job " + job,
				CurrentUser.address(request));
		return paused;
	}

	@PostMapping("/api/jobs/{job}/resume")
	JobJson resume(@PathVariable String job, Authentication authentication, HttpServletRequest request) {
		JobJson resumed = JobJson.of(this.schedules.resume(job, authentication.getName()));
		this.accessLog.record(authentication.getName(), AccessAction.SCHEDULE_RESUMED, "job " + job,
				CurrentUser.address(request));
		return resumed;
	}

	/** A job as the API returns it: {@code id, title, schedule, zone, next_fire_time, paused, latest_run}. */
	record JobJson(String id, String title, String schedule, String zone, Instant nextFireTime, boolean paused,
			RunJson.Summary latestRun) {

		static JobJson of(JobSchedules.JobState state) {
			return new JobJson(state.job().id(), state.job().title(),
					(state.schedule() != null) ? state.schedule().cronText() : null,
					(state.schedule() != null) ? state.schedule().zone().getId() : null, state.nextFire(),
					state.paused(), (state.latestRun() != null) ? RunJson.summary(state.latestRun()) : null);
		}
	}
}
