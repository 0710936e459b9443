package org.safeguarding.audit.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.typical;

class CriterionSummaryTests {

	private static final double Z = 1.959964;

	@Test
	void complianceIsMetOverApplicableWithItsWilsonInterval() {
		CriterionSummary summary = CriterionSummary.of("GP_INFORMED", "GP informed", 8, 1, 1, Z);
		assertThat(summary.applicable()).isEqualTo(10);
		assertThat(summary.compliancePct()).hasToString("80.0");
		assertThat(summary.ciLowPct()).hasToString("49.0");
		assertThat(summary.ciHighPct()).hasToString("94.3");
		assertThat(summary.title()).isEqualTo("GP informed");
	}

	@Test
	void noneMetAndAllMet() {
		CriterionSummary none = CriterionSummary.of("X", "x", 0, 2, 3, Z);
		assertThat(List.of(none.compliancePct(), none.ciLowPct(), none.ciHighPct())).map(Object::toString)
			.containsExactly("0.0", "0.0", "43.4");
		CriterionSummary all = CriterionSummary.of("X", "x", 5, 0, 0, Z);
		assertThat(List.of(all.compliancePct(), all.ciLowPct(), all.ciHighPct())).map(Object::toString)
			.containsExactly("100.0", "56.6", "100.0");
	}

	@Test
	void criterionThatNeverAppliedHasNoPercentages() {
		CriterionSummary summary = CriterionSummary.of("BRUISING_RESPONSE", "Bruising", 0, 0, 0, Z);
		assertThat(summary).isEqualTo(
				new CriterionSummary("BRUISING_RESPONSE", "Bruising", 0, 0, 0, 0, null, null, null));
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CriterionSummary.of("X", "x", -1, 0, 0, Z));
	}

	@Test
	void summariseCountsEveryCriterionOfTheToolInToolOrder() {
		ScoredCase example = DefaultTool.score(WorkedExampleTests.workedExample());
		ScoredCase other = DefaultTool.score(typical().lives("FATHER", "DAD").did("HOUSEHOLD_VERIFIED", A));
		List<CriterionSummary> summaries = CriterionSummary.summarise(DefaultTool.TOOL, List.of(example, other));
		assertThat(summaries).extracting(CriterionSummary::criterion)
			.containsExactlyElementsOf(DefaultTool.TOOL.criteria().stream().map(Criterion::code).toList());
		assertThat(summaries.get(0))
			.isEqualTo(CriterionSummary.of("FATHER_IDENTIFIED", "Father identified", 2, 0, 0, Z));
		assertThat(summaries.get(1)).extracting(CriterionSummary::applicable, CriterionSummary::met,
				CriterionSummary::notMet).containsExactly(2, 1, 1);
		assertThat(summaries.get(2).compliancePct()).hasToString("50.0");
		assertThat(summaries.get(10).applicable()).isZero();
		assertThat(summaries.get(10).compliancePct()).isNull();
	}
}
