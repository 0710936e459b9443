package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.CaseScorer;
import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.audit.CriterionOutcome;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.review.Kappas.RatingPair;

/**
 * How far moderated cases' two auditors agree (qa-review.md): Cohen's kappa per criterion (tool
 * order) and over every criterion's pairs together, linearly weighted kappa of the grades their
 * outcomes give, and per criterion the first auditor against the automated outcome.
 */
public record AgreementReport(int moderatedCases, Map<String, Agreement> byCriterion, Agreement overall,
		Agreement grades, Map<String, Agreement> firstAuditorVersusAutomated) {

	public AgreementReport {
		byCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
		firstAuditorVersusAutomated = Collections.unmodifiableMap(new LinkedHashMap<>(firstAuditorVersusAutomated));
	}

	/** The agreement over these cases; grades are scored by the tool, each auditor's outcomes in place. */
	public static AgreementReport of(AuditTool tool, List<ModeratedCase> cases) {
		Map<String, Agreement> byCriterion = new LinkedHashMap<>();
		Map<String, Agreement> versusAutomated = new LinkedHashMap<>();
		List<RatingPair<Outcome>> all = new ArrayList<>();
		for (Criterion criterion : tool.criteria()) {
			List<RatingPair<Outcome>> auditors = new ArrayList<>();
			List<RatingPair<Outcome>> automated = new ArrayList<>();
			for (ModeratedCase moderated : cases) {
				Outcome first = moderated.first().get(criterion.code());
				Outcome second = moderated.second().get(criterion.code());
				if (first != null && second != null) {
					auditors.add(new RatingPair<>(first, second));
				}
				Outcome auto = moderated.automated().get(criterion.code());
				if (first != null && auto != null) {
					automated.add(new RatingPair<>(first, auto));
				}
			}
			all.addAll(auditors);
			byCriterion.put(criterion.code(), Kappas.unweighted(Kappas.table(Outcome.class, auditors)));
			versusAutomated.put(criterion.code(), Kappas.unweighted(Kappas.table(Outcome.class, automated)));
		}
		CaseScorer scorer = new CaseScorer(tool);
		List<RatingPair<Grade>> grades = cases.stream()
			.map((c) -> new RatingPair<>(grade(scorer, tool, c, c.first()), grade(scorer, tool, c, c.second())))
			.toList();
		return new AgreementReport(cases.size(), byCriterion, Kappas.unweighted(Kappas.table(Outcome.class, all)),
				Kappas.linearlyWeighted(Kappas.table(Grade.class, grades)), versusAutomated);
	}

	/** The grade of the auditor's outcomes, the automated ones (not applicable) where the auditor gave none. */
	private static Grade grade(CaseScorer scorer, AuditTool tool, ModeratedCase moderated, Map<String, Outcome> auditor) {
		List<CriterionOutcome> outcomes = tool.criteria()
			.stream()
			.map((c) -> new CriterionOutcome(c.code(),
					auditor.getOrDefault(c.code(), moderated.automated().getOrDefault(c.code(), Outcome.NOT_APPLICABLE)),
					""))
			.toList();
		return scorer.score(moderated.caseId(), moderated.team(), outcomes).grade();
	}
}
