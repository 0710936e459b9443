package org.safeguarding.audit.audit;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Scores a child's case when the child is in the period's cohort; filters it out otherwise. */
public class CaseScoringProcessor implements ItemProcessor<CaseFile, ScoredCase> {

	private final AuditPeriod period;

	private final CaseScorer scorer;

	public CaseScoringProcessor(AuditTool tool, AuditPeriod period) {
		this.period = period;
		this.scorer = new CaseScorer(tool);
	}

	@Override
	public ScoredCase process(CaseFile file) {
		return Cohort.select(file, this.period).map(this.scorer::score).orElse(null);
	}
}
