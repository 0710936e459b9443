package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.safeguarding.audit.store.CopyStream;
import org.safeguarding.audit.store.PgCopy;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each scored case of a chunk with COPY: its outcomes with evidence (binary COPY, the bulk
 * of a run's rows) and its score and grade.
 */
public class CaseResultWriter implements ItemWriter<ScoredCase> {

	private static final List<String> RESULT_COLUMNS = List.of("run_id", "case_id", "team", "criterion_seq",
			"criterion", "outcome", "evidence");

	private static final List<String> SCORE_COLUMNS = List.of("run_id", "case_id", "team", "applicable_criteria",
			"score", "grade");

	private final long runId;

	private final DataSource dataSource;

	private final PgCopy copy;

	public CaseResultWriter(long runId, DataSource dataSource, PgCopy copy) {
		this.runId = runId;
		this.dataSource = dataSource;
		this.copy = copy;
	}

	@Override
	public void write(Chunk<? extends ScoredCase> chunk) {
		List<Object[]> scores = new ArrayList<>();
		try (CopyStream results = new CopyStream(this.dataSource, "case_result", RESULT_COLUMNS)) {
			for (ScoredCase scored : chunk) {
				int seq = 1;
				for (CriterionOutcome outcome : scored.outcomes()) {
					results.row(new Object[] { this.runId, scored.caseId(), scored.team(), seq++, outcome.criterion(),
							outcome.outcome().name(), outcome.evidence() });
				}
				scores.add(new Object[] { this.runId, scored.caseId(), scored.team(), scored.applicableCriteria(),
						scored.score(), scored.grade().name() });
			}
			results.finish();
		}
		this.copy.copyIn("case_score", SCORE_COLUMNS, scores);
	}
}
