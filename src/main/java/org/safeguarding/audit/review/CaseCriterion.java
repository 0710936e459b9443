package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.web.Dates;

/**
 * One criterion of a case as its page shows it: the automated outcome and evidence, the outcome
 * with reviews in place, the current review with its history, and the form to record one, every
 * text, id and state made once in Java. The page has a row and a form per criterion; made in the
 * template they were most of the page's time.
 */
record CaseCriterion(String code, String title, boolean applies, OutcomeTags.Tag automated, OutcomeTags.Tag reviewed,
		String evidence,
		Current current, Form form) {

	/** What the officer typed into a refused form, shown again in it (criterion: the form it was typed into). */
	record Editing(String criterion, String outcome, String reason) {
	}

	/** The current review: who judged what and why, whether the data changed since, and earlier versions. */
	record Current(String saved, String reason, String dataChanged, List<String> earlier) {
	}

	/** One radio of the outcome question. */
	record Radio(String id, String value, String label, boolean checked) {
	}

	/**
	 * The review form: its details' summary and whether it opens (a refused form does), the
	 * version it edits, the outcome question and the reason with whether each has an error (the
	 * page's {@code fragments :: fieldError} shows it) and the ids the fields are described by.
	 */
	record Form(String summary, boolean open, int version, String legend, String outcomeId, boolean outcomeError,
			String outcomeDescribedBy, List<Radio> radios, String reasonId, String reasonHintId, boolean reasonError,
			String reasonDescribedBy, String reasonText, String button) {
	}

	/**
	 * The criterion's row and form: {@code review} its current review (null: none) and
	 * {@code history} every version newest first, {@code errors} the refused form's errors and
	 * {@code editing} what was typed into it (null: no form was refused).
	 */
	static CaseCriterion of(String code, String title, Outcome automated, String evidence, Outcome reviewed,
			CaseReview review, List<Review> history, List<FormError> errors, Editing editing, Dates dates) {
		Current current = null;
		if (review != null) {
			Review r = review.review();
			List<String> earlier = new ArrayList<>();
			for (Review h : history) {
				if (h.version() != r.version()) {
					earlier.add("Version " + h.version() + ": " + words(h.reviewedOutcome()) + " by " + h.reviewer() + ", "
							+ dates.time(h.reviewedAt()) + " – " + h.reason());
				}
			}
			String changed = review.dataChanged() ? "The reviewer saw " + words(r.automatedOutcome())
					+ "; the automated outcome is now " + ((review.automatedNow() != null) ? words(review.automatedNow())
							: "not available (the case is no longer audited)") + "." : null;
			current = new Current("Reviewed as " + words(r.reviewedOutcome()) + " by " + r.reviewer() + ", "
					+ dates.time(r.reviewedAt()) + " (version " + r.version() + ").", r.reason(), changed, earlier);
		}
		Form form = automated.applicable() ? form(code, title, automated, review, errors, editing) : null;
		return new CaseCriterion(code, title, automated.applicable(), OutcomeTags.of(automated),
				(review != null) ? OutcomeTags.of(reviewed) : null, evidence, current, form);
	}

	private static Form form(String code, String title, Outcome automated, CaseReview review, List<FormError> errors,
			Editing editing) {
		String outcomeId = "outcome-" + code;
		String reasonId = "reason-" + code;
		boolean outcomeError = errors.stream().anyMatch((e) -> e.field().equals(outcomeId));
		boolean reasonError = errors.stream().anyMatch((e) -> e.field().equals(reasonId));
		boolean mine = editing != null && editing.criterion().equals(code);
		List<Radio> radios = new ArrayList<>();
		Outcome[] outcomes = Outcome.values();
		for (int i = 0; i < outcomes.length; i++) {
			radios.add(new Radio((i == 0) ? outcomeId : outcomeId + "-" + (i + 1), outcomes[i].name(), words(outcomes[i]),
					mine && outcomes[i].name().equals(editing.outcome())));
		}
		String hintId = reasonId + "-hint";
		return new Form(((review != null) ? "Review again: " : "Review: ") + title, outcomeError || reasonError,
				(review != null) ? review.review().version() : 0, "Reviewed outcome (automated: " + words(automated) + ")",
				outcomeId, outcomeError, outcomeError ? outcomeId + "-error" : null, radios, reasonId, hintId, reasonError,
				reasonError ? hintId + " " + reasonId + "-error" : hintId, mine ? editing.reason() : "",
				"Save review of " + code);
	}

	/** An outcome as words: {@code PARTLY_MET} as "PARTLY MET". */
	static String words(Outcome outcome) {
		return outcome.name().replace('_', ' ');
	}
}
