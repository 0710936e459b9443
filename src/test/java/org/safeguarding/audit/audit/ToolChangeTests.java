package org.safeguarding.audit.audit;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** A QA officer edits the definition file; the next run scores with it, no code changed. */
class ToolChangeTests {

	@TempDir
	Path dir;

	@Test
	void widerChronologyWindowTurnsTheWorkedExampleMet() {
		AuditTool wider = load(
				ToolFile.copyOfDefault().inCriterion("CHRONOLOGY_CURRENT", "withinDays: 28", "withinDays: 70"));
		ScoredCase before = DefaultTool.score(WorkedExampleTests.workedExample());
		ScoredCase after = new CaseScorer(wider).score(WorkedExampleTests.workedExample().auditCase());
		assertThat(before.outcome("CHRONOLOGY_CURRENT").outcome()).isEqualTo(PARTLY_MET);
		assertThat(after.outcome("CHRONOLOGY_CURRENT")).isEqualTo(new CriterionOutcome("CHRONOLOGY_CURRENT", MET,
				"chronology updated 2026-09-01, 60 days before the audit date"));
		// 100 × 17 / 26
		assertThat(after.score()).hasToString("65.4");
		assertThat(wider.sha256()).isNotEqualTo(DefaultTool.TOOL.sha256());
	}

	@Test
	void narrowerGpWindowTurnsItPartlyMetAndTheEvidenceSaysWhy() {
		AuditTool narrower = load(
				ToolFile.copyOfDefault().inCriterion("GP_INFORMED", "withinDays: 7", "withinDays: 3"));
		ScoredCase scored = new CaseScorer(narrower).score(WorkedExampleTests.workedExample().auditCase());
		assertThat(scored.outcome("GP_INFORMED")).isEqualTo(new CriterionOutcome("GP_INFORMED", PARTLY_MET,
				"GP told 2026-06-19, 4 days after referral 2026-06-15 (more than 3)"));
	}

	@Test
	void heavierWeightChangesTheScore() {
		AuditTool heavier = load(ToolFile.copyOfDefault().inCriterion("GP_INFORMED", "weight: 1", "weight: 5"));
		ScoredCase scored = new CaseScorer(heavier).score(WorkedExampleTests.workedExample().auditCase());
		// 100 × (16 + 4 × 2) / (26 + 4 × 2) = 70.59
		assertThat(scored.score()).hasToString("70.6");
		assertThat(heavier.criterion("GP_INFORMED").orElseThrow().weight()).isEqualTo(5);
	}

	@Test
	void lowerGradeThresholdsChangeTheGrade() {
		AuditTool lenient = load(ToolFile.copyOfDefault()
			.replace("good: 80", "good: 61.5")
			.replace("requiresImprovement: 60", "requiresImprovement: 50"));
		ScoredCase scored = new CaseScorer(lenient).score(WorkedExampleTests.workedExample().auditCase());
		assertThat(scored.grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void applicabilityConditionIsConfigurationToo() {
		AuditTool later = load(
				ToolFile.copyOfDefault().inCriterion("SUPERVISION_CURRENT", "atLeast: 31", "atLeast: 200"));
		ScoredCase scored = new CaseScorer(later).score(WorkedExampleTests.workedExample().auditCase());
		assertThat(scored.outcome("SUPERVISION_CURRENT").evidence())
			.isEqualTo("referred 138 days before the audit date");
		assertThat(scored.applicableCriteria()).isEqualTo(10);
	}

	@Test
	void evidenceSentenceIsConfigurationToo() {
		AuditTool reworded = load(ToolFile.copyOfDefault()
			.inCriterion("GP_INFORMED", "MET: \"GP told {date}, {days} days after referral {referral}\"",
					"MET: \"{event}: GP informed on {date} ({days}/{withinDays} days,"
							+ " period {period}, A {auditDate})\""));
		ScoredCase scored = new CaseScorer(reworded).score(WorkedExampleTests.workedExample().auditCase());
		assertThat(scored.outcome("GP_INFORMED").evidence())
			.isEqualTo("V2: GP informed on 2026-06-19 (4/7 days, period 2026-10, A 2026-10-31)");
	}

	private AuditTool load(ToolFile file) {
		return AuditToolLoader.load(file.writeTo(this.dir.resolve("babies-under-one.yml")));
	}
}
