package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.store.PgCopy;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each scored case of a chunk (its outcomes with evidence, its score and grade) with COPY. */
public class CaseResultWriter implements ItemWriter<ScoredCase> {

	private static final List<String> RESULT_COLUMNS = List.of("run_id", "case_id", "team", "criterion_seq",
			"criterion", "outcome", "evidence");

	private static final List<String> SCORE_COLUMNS = List.of("run_id", "case_id", "team", "applicable_criteria",
			"score", "grade");

	private final long runId;

	private final PgCopy copy;

	public CaseResultWriter(long runId, PgCopy copy) {
		this.runId = runId;
		this.copy = copy;
	}

	@Override
	public void write(Chunk<? extends ScoredCase> chunk) {
		List<Object[]> results = new ArrayList<>();
		List<Object[]> scores = new ArrayList<>();
		for (ScoredCase scored : chunk) {
			int seq = 1;
			for (CriterionOutcome outcome : scored.outcomes()) {
				results.add(new Object[] { this.runId, scored.caseId(), scored.team(), seq++, outcome.criterion(),
						outcome.outcome().name(), outcome.evidence() });
			}
			scores.add(new Object[] { this.runId, scored.caseId(), scored.team(), scored.applicableCriteria(),
					scored.score(), scored.grade().name() });
		}
		this.copy.copyIn("case_result", RESULT_COLUMNS, results);
		this.copy.copyIn("case_score", SCORE_COLUMNS, scores);
	}
}
