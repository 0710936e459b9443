package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguarding.audit.review.ReviewsCsv;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;
import org.safeguarding.audit.security.Role;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One published file of a run, for the pages and the API alike: only a run file's name is
 * accepted (never a path), the user's roles must allow that file, the folder must still hold this
 * run's own publication, and every download is in the access log.
 */
@Controller
class RunFilesController {

	private final Runs runs;

	private final AccessLog accessLog;

	private final ReviewsCsv reviewsCsv;

	RunFilesController(Runs runs, AccessLog accessLog, ReviewsCsv reviewsCsv) {
		this.runs = runs;
		this.accessLog = accessLog;
		this.reviewsCsv = reviewsCsv;
	}

	@GetMapping({ "/runs/{id}/files/{name}", "/api/runs/{id}/files/{name}" })
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name, Authentication authentication,
			HttpServletRequest request) {
		Set<Role> roles = CurrentUser.roles(authentication);
		if (!PublishedFiles.FILES.containsKey(name)) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
					"'" + name + "' is not a file a run publishes");
		}
		if (!PublishedFiles.mayRead(name, roles)) {
			throw new AccessDeniedException("your roles do not allow " + name);
		}
		Run run = this.runs.find(id).orElseThrow(() -> new NoSuchRunException(id));
		Path file = PublishedFiles.folderOf(run).map(folder -> folder.resolve(name))
			.filter((path) -> name.equals(PublishedFiles.ON_REQUEST) || Files.isRegularFile(path))
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
					"run " + id + " has no " + name + " (not published, or replaced by a later run of " + run.period() + ")"));
		this.accessLog.record(authentication.getName(), AccessAction.FILE_DOWNLOADED, "run " + id + " " + name,
				CurrentUser.address(request));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(PublishedFiles.contentType(name)))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(run.period() + "-" + name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(name.equals(PublishedFiles.ON_REQUEST) ? new ByteArrayResource(this.reviewsCsv.bytes(run.auditRunId()))
					: new FileSystemResource(file));
	}
}
