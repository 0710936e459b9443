package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.report.SectionsTestData.criterion;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.CriteriaSection.CriterionRow;
import org.safeguarding.audit.stats.Suppression;

class CriteriaSectionTests {

	@Test
	void rowsCarryTheSummaryFiguresAndRagAsAWord() {
		CriteriaSection.Result result = CriteriaSection.of(
				List.of(criterion(1, "A", "Alpha", 92, 4, 4), criterion(2, "B", "Beta", 75, 15, 10),
						criterion(3, "C", "Gamma", 50, 25, 25)),
				Suppression.off(), RagThresholds.DEFAULT, 523);
		assertThat(result.rows()).extracting(CriterionRow::rag).containsExactly("Green", "Amber", "Red");
		CriterionRow alpha = result.rows().get(0);
		assertThat(alpha).isEqualTo(new CriterionRow("1", "A", "Alpha", "100", "92", "4", "4", "92.0%", "85.0–95.9%", "Green"));
		assertThat(result.ragSummary()).isEqualTo("RAG ratings this period: 1 Green, 1 Amber, 1 Red.");
	}

	@Test
	void aSuppressedCountHidesComplianceIntervalAndRag() {
		CriteriaSection.Result result = CriteriaSection.of(List.of(criterion(11, "BRUISING", "Bruising", 2, 0, 1)),
				new Suppression(5), RagThresholds.DEFAULT, 523);
		assertThat(result.rows().get(0)).isEqualTo(new CriterionRow("11", "BRUISING", "Bruising", "c", "c", "0", "c", "c", "c", "c"));
		assertThat(result.ragSummary()).endsWith("; 1 criterion not rated because the numbers are small.");
	}

	@Test
	void aCriterionThatAppliedToNobodyHasNoRating() {
		CriterionCounts none = new CriterionCounts(12, "PLAN", "Plan", 0, 0, 0, 0, null, null, null);
		CriterionRow row = CriteriaSection.of(List.of(none), new Suppression(5), RagThresholds.DEFAULT, 523).rows().get(0);
		assertThat(row.applicable()).isEqualTo("0");
		assertThat(row.compliance()).isEqualTo(Figures.NONE);
		assertThat(row.rag()).isEqualTo(Figures.NONE);
	}
}
