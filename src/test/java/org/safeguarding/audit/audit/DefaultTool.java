package org.safeguarding.audit.audit;

import java.nio.file.Path;

/** The shipped "babies under one" definition, loaded once for the tests that score with it. */
final class DefaultTool {

	static final Path FILE = Path.of("jobs/audit-tools/babies-under-one.yml");

	static final AuditTool TOOL = AuditToolLoader.load(FILE);

	static final CaseScorer SCORER = new CaseScorer(TOOL);

	private DefaultTool() {
	}

	static ScoredCase score(Baby baby) {
		return SCORER.score(baby.auditCase());
	}

	static CriterionOutcome outcome(Baby baby, String criterion) {
		return score(baby).outcome(criterion);
	}

	/** What the default tool says of one criterion for this baby: the outcome and its evidence. */
	static CriterionOutcome expected(String criterion, Outcome outcome, String evidence) {
		return new CriterionOutcome(criterion, outcome, evidence);
	}
}
