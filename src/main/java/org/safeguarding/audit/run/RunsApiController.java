package org.safeguarding.audit.run;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The runs' API (service.md, "API"): list, read, request, backfill, restart and stop runs. */
@RestController
class RunsApiController {

	private final Runs runs;

	private final RunDetails details;

	private final RunRequests requests;

	private final AccessLog accessLog;

	RunsApiController(Runs runs, RunDetails details, RunRequests requests, AccessLog accessLog) {
		this.runs = runs;
		this.details = details;
		this.requests = requests;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/runs")
	RunList list(@RequestParam(required = false) String job, @RequestParam(required = false) String period,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page) {
		RunFilters.Checked checked = RunFilters.check(job, period, status, page);
		RunDetails.RunPage found = this.details.page(checked.filter(), checked.page());
		return new RunList(found.runs().stream().map(RunJson::summary).toList(), found.page(), found.pages(),
				found.total());
	}

	@GetMapping("/api/runs/{id}")
	RunJson run(@PathVariable long id, Authentication authentication) {
		Run run = this.runs.find(id).orElseThrow(() -> new NoSuchRunException(id));
		return RunJson.of(run, this.details.steps(run), this.details.counts(run),
				PublishedFiles.readable(run, CurrentUser.roles(authentication)));
	}

	@PostMapping("/api/runs")
	ResponseEntity<Map<String, Object>> request(@RequestBody RunRequest body, Authentication authentication,
			HttpServletRequest request) {
		long id = this.requests.request(body.job(), body.period(), authentication.getName());
		this.accessLog.record(authentication.getName(), AccessAction.RUN_TRIGGERED,
				"run " + id + " job " + body.job() + " period " + body.period(), CurrentUser.address(request));
		return ResponseEntity.accepted().location(URI.create("/api/runs/" + id)).body(Map.of("id", id));
	}

	@PostMapping("/api/backfills")
	ResponseEntity<Map<String, Object>> backfill(@RequestBody BackfillRequest body, Authentication authentication,
			HttpServletRequest request) {
		List<Long> ids = this.requests.backfill(body.job(), body.from(), body.to(), authentication.getName());
		this.accessLog.record(authentication.getName(), AccessAction.BACKFILL,
				"job " + body.job() + " " + body.from() + " to " + body.to() + " runs " + ids, CurrentUser.address(request));
		return ResponseEntity.accepted().body(Map.of("runs", ids));
	}

	@PostMapping("/api/runs/{id}/restart")
	ResponseEntity<Map<String, Object>> restart(@PathVariable long id, Authentication authentication,
			HttpServletRequest request) {
		Run run = this.requests.restart(id);
		this.accessLog.record(authentication.getName(), AccessAction.RUN_RESTARTED, "run " + id,
				CurrentUser.address(request));
		return ResponseEntity.accepted().location(URI.create("/api/runs/" + id))
			.body(Map.of("id", id, "status", run.status().name()));
	}

	@PostMapping("/api/runs/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id, Authentication authentication,
			HttpServletRequest request) {
		Run run = this.requests.stop(id);
		this.accessLog.record(authentication.getName(), AccessAction.RUN_STOPPED, "run " + id,
				CurrentUser.address(request));
		return ResponseEntity.accepted().body(Map.of("id", id, "status", run.status().name()));
	}

	/** {@code {"job": ID, "period": "YYYY-MM"}}. */
	record RunRequest(String job, String period) {
	}

	/** {@code {"job": ID, "from": "YYYY-MM", "to": "YYYY-MM"}}. */
	record BackfillRequest(String job, String from, String to) {
	}

	/** A page of runs. */
	record RunList(List<RunJson.Summary> runs, int page, int pages, long total) {
	}

	/** A run's times as written in JSON. */
	static String time(OffsetDateTime time) {
		return (time != null) ? time.toString() : null;
	}
}
