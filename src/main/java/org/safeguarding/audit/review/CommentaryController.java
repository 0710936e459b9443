package org.safeguarding.audit.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.security.AccessAction;
import org.safeguarding.audit.security.AccessLog;
import org.safeguarding.audit.security.CurrentUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * What QA officers tell the board about a month: the overall commentary and one per criterion
 * (each edit a new version, the history kept), and learning actions (created, and their status
 * changed). The board's pages show the newest of each.
 */
@Controller
class CommentaryController {

	private static final Logger log = LoggerFactory.getLogger(CommentaryController.class);

	/** The form's key for the overall commentary (a criterion's is its code). */
	static final String OVERALL = "overall";

	private final QaPeriods periods;

	private final Commentaries commentaries;

	private final LearningActions actions;

	private final AccessLog accessLog;

	CommentaryController(QaPeriods periods, Commentaries commentaries, LearningActions actions, AccessLog accessLog) {
		this.periods = periods;
		this.commentaries = commentaries;
		this.actions = actions;
		this.accessLog = accessLog;
	}

	@GetMapping("/qa/{period}/commentary")
	String page(@PathVariable String period, Model model) {
		show(this.periods.require(period), model, List.of(), Map.of());
		return "qa/commentary";
	}

	@PostMapping("/qa/{period}/commentary")
	String write(@PathVariable String period, @RequestParam(defaultValue = OVERALL) String criterion,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "0") String version,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		QaPeriod qa = this.periods.require(period);
		String key = criterion.equals(OVERALL) ? "" : criterion;
		try {
			Commentary saved = this.commentaries.save(qa.tool().id(), qa.month(), key, text,
					Inputs.wholeInt("version", version, 0, 0), authentication.getName());
			// The saved criterion, checked against the tool's, not the request's value.
			String topic = saved.overall() ? OVERALL : saved.criterion();
			this.accessLog.record(authentication.getName(), AccessAction.COMMENTARY_WRITTEN, "period " + qa.month()
					+ " commentary " + topic + " version " + saved.version(), CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "The " + (saved.overall() ? "overall commentary" : "commentary on " + topic)
					+ " is saved (version " + saved.version() + ").");
			return "redirect:/qa/" + qa.month() + "/commentary#commentary-" + topic;
		}
		catch (InvalidInputException | EditConflictException ex) {
			Map<String, String> typed = new HashMap<>();
			typed.put(criterion, text);
			String field = (ex instanceof InvalidInputException invalid && invalid.field().equals("criterion"))
					? "commentary-criterion" : "text-" + criterion;
			show(qa, model, List.of(new FormError(field, ex.getMessage())), typed);
			response.setStatus(((ex instanceof EditConflictException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			return "qa/commentary";
		}
	}

	@PostMapping({ "/qa/{period}/actions", "/qa/{period}/actions/{actionId}" })
	String action(@PathVariable String period, @PathVariable(required = false) String actionId,
			@RequestParam(required = false) String title, @RequestParam(required = false) String criterion,
			@RequestParam(required = false) String owningTeam, @RequestParam(required = false) String dueDate,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") String version,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		QaPeriod qa = this.periods.require(period);
		ActionForm form = new ActionForm(title, criterion, owningTeam, dueDate, status);
		String prefix = (actionId == null) ? "action-" : "action-" + actionId + "-";
		// Outside the form's checks: an action not of this period answers "page not found" (QaPageAdvice).
		long id = (actionId == null) ? 0 : ofThisPeriod(qa, actionId, authentication);
		try {
			LearningAction saved = (actionId == null) ? this.actions.create(qa.tool().id(), qa.month(), form,
					authentication.getName())
					: this.actions.change(id, form,
							Inputs.wholeInt("version", version, 0, 0), authentication.getName());
			this.accessLog.record(authentication.getName(), AccessAction.ACTION_CHANGED, "period " + qa.month()
					+ " learning action " + saved.actionId() + " version " + saved.version() + " " + saved.status(),
					CurrentUser.address(request));
			redirect.addFlashAttribute("notice", "Learning action " + saved.actionId() + " is saved ("
					+ saved.status().name().toLowerCase() + ").");
			return "redirect:/qa/" + qa.month() + "/commentary#actions";
		}
		catch (InvalidInputException | EditConflictException ex) {
			String field = (ex instanceof InvalidInputException invalid) ? prefix + invalid.field() : prefix + "status";
			Map<String, String> typed = new HashMap<>();
			typed.put("title", title);
			typed.put("criterion", criterion);
			typed.put("owningTeam", owningTeam);
			typed.put("dueDate", dueDate);
			show(qa, model, List.of(new FormError(field, ex.getMessage())), (actionId == null) ? typed : Map.of());
			response.setStatus(((ex instanceof EditConflictException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			return "qa/commentary";
		}
	}

	/**
	 * The action's id, if it is an action of this period and tool; another's is not found here
	 * (its own period's address changes it), logged with the period it belongs to.
	 */
	private long ofThisPeriod(QaPeriod qa, String actionId, Authentication authentication) {
		long id = Inputs.wholeNumber("actionId", actionId, 1, 0);
		LearningAction action = this.actions.get(id).orElseThrow(() -> new InvalidInputException("actionId",
				"actionId " + id + " is not a learning action"));
		if (!action.toolId().equals(qa.tool().id()) || !action.period().toString().equals(qa.month())) {
			log.warn("{} asked to change learning action {} of {} {} through the address of {} {}: not found",
					authentication.getName(), id, action.toolId(), action.period(), qa.tool().id(), qa.month());
			throw new InvalidInputException("actionId", "actionId " + id + " is not a learning action of " + qa.month());
		}
		return id;
	}

	private void show(QaPeriod qa, Model model, List<FormError> errors, Map<String, String> typed) {
		Map<String, Commentary> current = new HashMap<>();
		this.commentaries.current(qa.tool().id(), qa.month())
			.forEach((c) -> current.put(c.overall() ? OVERALL : c.criterion(), c));
		List<Topic> topics = new ArrayList<>();
		topics.add(topic(qa, OVERALL, "Overall", current));
		for (Criterion criterion : qa.tool().criteria()) {
			topics.add(topic(qa, criterion.code(), criterion.title(), current));
		}
		LocalDate today = LocalDate.now(AuditPeriod.PARTNERSHIP_ZONE);
		model.addAttribute("title", QaPeriodController.title(qa, "commentary and actions"));
		model.addAttribute("qa", qa);
		model.addAttribute("topics", topics);
		model.addAttribute("criteria", qa.tool().criteria());
		model.addAttribute("actions", this.actions.all(qa.tool().id(), today));
		model.addAttribute("today", today);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("teams", this.actions.teams(qa.auditRunId()));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FormError::field).toList());
	}

	private Topic topic(QaPeriod qa, String key, String title, Map<String, Commentary> current) {
		Commentary now = current.get(key);
		List<Commentary> history = this.commentaries.history(qa.tool().id(), qa.month(), key.equals(OVERALL) ? "" : key);
		int version = history.isEmpty() ? 0 : history.get(0).version();
		return new Topic(key, title, now, version, history);
	}

	/** The overall commentary or a criterion's: its current text (null when none or withdrawn), the version edited, and every version. */
	record Topic(String key, String title, Commentary current, int version, List<Commentary> history) {
	}
}
