package org.safeguarding.audit.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/access-log?from=&to=&user=&page=}: entries newest first, 100 a page (ADMIN only). */
@RestController
class AccessLogApiController {

	private final AccessLog accessLog;

	AccessLogApiController(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping("/api/access-log")
	Entries entries(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String page) {
		AdminController.AccessLogQuery query = AdminController.AccessLogQuery.of(from, to, user, page);
		List<AccessLog.Entry> found = this.accessLog.find(query.from(), query.to(), query.user(), query.page());
		return new Entries(found.subList(0, Math.min(found.size(), AccessLog.PAGE_SIZE)), query.page() + 1,
				found.size() > AccessLog.PAGE_SIZE);
	}

	/** A page of entries, and whether another follows. */
	record Entries(List<AccessLog.Entry> entries, int page, boolean more) {
	}
}
