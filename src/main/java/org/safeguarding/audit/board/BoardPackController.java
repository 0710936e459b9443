package org.safeguarding.audit.board;

import java.time.YearMonth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.review.InvalidInputException;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every kept version of a period's board pack, as PDF or HTML: only the pack's two file names are
 * accepted (never a path), the version must be one of the period's, and every download is in the
 * access log. The pack is suppressed and names no person, so BOARD may read it; no other file of a
 * run is served here. A QA officer may publish a period's pack again with the reviewed figures,
 * which adds a version.
 */
@Controller
class BoardPackController {

	private final BoardSnapshots snapshots;

	private final BoardPackFiles files;

	private final AccessLog accessLog;

	private final ReviewedPublishing publishing;

	BoardPackController(BoardSnapshots snapshots, BoardPackFiles files, AccessLog accessLog,
			ReviewedPublishing publishing) {
		this.snapshots = snapshots;
		this.files = files;
		this.accessLog = accessLog;
		this.publishing = publishing;
	}

	/** A QA officer publishes the period's pack again with the reviewed figures (QA_OFFICER only, by the security rules). */
	@PostMapping("/board/{period}/publish")
	String publishReviewed(@PathVariable String period, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		YearMonth month = BoardPages.period(period);
		this.snapshots.latestFor(month).orElseThrow(() -> new NotOnBoardException(
				"no board pack has been published for " + ChartText.month(month.toString())));
		try {
			PackVersion version = this.publishing.publishReviewed(month, authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.BOARD_PACK_PUBLISHED, "period " + month + " run "
					+ version.runId() + " board pack version " + version.packVersion() + " (reviewed figures)",
					CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Version " + version.packVersion() + " of the board pack for "
					+ ChartText.month(month.toString()) + " is published with the reviewed figures ("
					+ version.reviewedOutcomes() + " reviewed, " + version.changedOutcomes() + " changed).");
		}
		catch (IllegalStateException | IllegalArgumentException | InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "The board pack was not published: " + ex.getMessage() + ".");
		}
		return "redirect:/board/" + month;
	}

	@GetMapping("/board/{period}/packs/{run}/{version}/{name}")
	ResponseEntity<byte[]> download(@PathVariable String period, @PathVariable String run, @PathVariable String version,
			@PathVariable String name, Authentication authentication, HttpServletRequest request) {
		YearMonth month = BoardPages.period(period);
		if (!BoardPackFiles.NAMES.contains(name)) {
			throw new NotOnBoardException(BoardPages.quoted(name) + " is not a file of the board pack ("
					+ String.join(" or ", BoardPackFiles.NAMES) + ")");
		}
		long runId = number("run", run);
		int packVersion = (int) Math.min(Integer.MAX_VALUE, number("version", version));
		PackVersion kept = this.snapshots.versions(month).stream()
			.filter(v -> v.runId() == runId && v.packVersion() == packVersion)
			.findFirst()
			.orElseThrow(() -> new NotOnBoardException("run " + runId + " has no version " + packVersion
					+ " of the board pack for " + ChartText.month(month.toString())));
		byte[] content = this.files.read(kept.runId(), kept.packVersion(), name)
			.orElseThrow(() -> new NotOnBoardException("version " + packVersion + " of run " + runId
					+ "'s board pack was published before the versions' files were kept"));
		this.accessLog.record(authentication.getName(), AccessAction.FILE_DOWNLOADED,
				"period " + month + " run " + runId + " board pack version " + packVersion + " " + name,
				CurrentUser.address(request));
		String extension = name.substring(name.lastIndexOf('.'));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(BoardPackFiles.contentType(name)))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("board-pack-" + month + "-run-" + runId + "-v" + packVersion + extension)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

	private static long number(String field, String value) {
		if (value == null || !value.matches("[1-9]\\d{0,17}")) {
			throw new NotOnBoardException(field + " " + BoardPages.quoted(value) + " is not a whole number from 1");
		}
		return Long.parseLong(value);
	}

	@ExceptionHandler(NotOnBoardException.class)
	String notOnBoard(NotOnBoardException ex, HttpServletRequest request, HttpServletResponse response) {
		return BoardController.forwardNotFound(ex, request, response);
	}
}
