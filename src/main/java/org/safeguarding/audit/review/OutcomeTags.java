package org.safeguarding.audit.review;

import java.util.EnumMap;
import java.util.Map;

import org.safeguarding.audit.audit.Outcome;

import org.springframework.stereotype.Component;

/**
 * An outcome as a GOV.UK tag — the word says it, the colour only repeats it — for every QA page:
 * the case page's rows made in Java ({@link CaseCriterion}) and the other pages' fragment
 * {@code qa/parts :: outcomeTag}, which asks {@code @outcomeTags}.
 */
@Component("outcomeTags")
public class OutcomeTags {

	/** The tag's word ("PARTLY MET") and its classes. */
	public record Tag(String text, String cssClass) {
	}

	private static final Map<Outcome, Tag> TAGS = new EnumMap<>(Outcome.class);

	static {
		for (Outcome outcome : Outcome.values()) {
			String colour = switch (outcome) {
				case MET -> "govuk-tag--green";
				case PARTLY_MET -> "govuk-tag--yellow";
				case NOT_MET -> "govuk-tag--red";
				case NOT_APPLICABLE -> "govuk-tag--grey";
			};
			TAGS.put(outcome, new Tag(outcome.name().replace('_', ' '), "govuk-tag " + colour));
		}
	}

	static Tag of(Outcome outcome) {
		return TAGS.get(outcome);
	}

	/** For templates: {@code ${@outcomeTags.tag(outcome)}}. */
	public Tag tag(Outcome outcome) {
		return of(outcome);
	}
}
