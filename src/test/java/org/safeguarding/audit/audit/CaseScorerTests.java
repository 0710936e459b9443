package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Outcome.MET;
import static org.safeguarding.audit.audit.Outcome.NOT_APPLICABLE;
import static org.safeguarding.audit.audit.Outcome.NOT_MET;
import static org.safeguarding.audit.audit.Outcome.PARTLY_MET;

/** Scoring and grading, on tools whose criteria give fixed outcomes. */
class CaseScorerTests {

	private final List<Criterion> criteria = new ArrayList<>();

	@Test
	void scoreIsWeightedPointsOverTheWeightedMaximumOfTheApplicableCriteria() {
		ScoredCase scored = give(2, MET).give(1, PARTLY_MET).give(3, NOT_MET).give(5, NOT_APPLICABLE).score();
		// 100 × (2·2 + 1·1 + 3·0) / (2 × 6) = 41.67
		assertThat(scored.score()).hasToString("41.7");
		assertThat(scored.applicableCriteria()).isEqualTo(3);
		assertThat(scored.outcomes()).extracting(CriterionOutcome::criterion).containsExactly("C1", "C2", "C3", "C4");
		assertThat(scored.outcomes()).extracting(CriterionOutcome::outcome)
			.containsExactly(MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE);
		assertThat(scored.caseId()).isEqualTo("P1");
		assertThat(scored.team()).isEqualTo("North");
	}

	@Test
	void exactTiesRoundHalfAwayFromZero() {
		// 100 × 1 / 16 = 6.25; 100 × 49 / 400 = 12.25; 100 × 1 / 2000 = 0.05 (not exact as a double)
		assertThat(give(1, PARTLY_MET).give(7, NOT_MET).score().score()).hasToString("6.3");
		this.criteria.clear();
		assertThat(give(49, PARTLY_MET).give(151, NOT_MET).score().score()).hasToString("12.3");
		this.criteria.clear();
		assertThat(give(1, PARTLY_MET).give(999, NOT_MET).score().score()).hasToString("0.1");
	}

	@Test
	void eightyIsGood() {
		ScoredCase scored = give(4, MET).give(1, NOT_MET).score();
		assertThat(scored.score()).hasToString("80.0");
		assertThat(scored.grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void gradeIsThatOfTheRoundedScore() {
		// 1599 / 2000 = 79.95 rounds to 80.0; 7994 / 10000 = 79.94 rounds to 79.9
		assertThat(give(799, MET).give(1, PARTLY_MET).give(200, NOT_MET).score().grade()).isEqualTo(Grade.GOOD);
		this.criteria.clear();
		ScoredCase below = give(3997, MET).give(1003, NOT_MET).score();
		assertThat(below.score()).hasToString("79.9");
		assertThat(below.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
	}

	@Test
	void sixtyRequiresImprovementJustBelowIsInadequate() {
		ScoredCase sixty = give(3, MET).give(2, NOT_MET).score();
		assertThat(sixty.score()).hasToString("60.0");
		assertThat(sixty.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		this.criteria.clear();
		ScoredCase below = give(299, MET).give(1, PARTLY_MET).give(200, NOT_MET).score();
		assertThat(below.score()).hasToString("59.9");
		assertThat(below.grade()).isEqualTo(Grade.INADEQUATE);
	}

	@Test
	void limitingCriterionNotMetMakesEvenAGoodScoreInadequate() {
		ScoredCase scored = give(20, MET).giveLimiting(3, NOT_MET).score();
		assertThat(scored.score()).hasToString("87.0");
		assertThat(scored.grade()).isEqualTo(Grade.INADEQUATE);
	}

	@Test
	void limitingCriterionPartlyMetOrNotApplicableDoesNotLimit() {
		assertThat(give(20, MET).giveLimiting(3, PARTLY_MET).score().grade()).isEqualTo(Grade.GOOD);
		this.criteria.clear();
		assertThat(give(20, MET).giveLimiting(3, NOT_APPLICABLE).score().grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void caseWithNoApplicableCriterionHasNoScoreAndIsInadequate() {
		ScoredCase scored = give(1, NOT_APPLICABLE).give(2, NOT_APPLICABLE).score();
		assertThat(scored.applicableCriteria()).isZero();
		assertThat(scored.score()).isNull();
		assertThat(scored.grade()).isEqualTo(Grade.INADEQUATE);
	}

	@Test
	void gradeThresholdsComeFromTheTool() {
		CaseScorer strict = new CaseScorer(tool(new BigDecimal("90"), new BigDecimal("75.5")));
		assertThat(strict.grade(new BigDecimal("89.9"), false)).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(strict.grade(new BigDecimal("90.0"), false)).isEqualTo(Grade.GOOD);
		assertThat(strict.grade(new BigDecimal("75.5"), false)).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(strict.grade(new BigDecimal("75.4"), false)).isEqualTo(Grade.INADEQUATE);
	}

	private CaseScorerTests give(int weight, Outcome outcome) {
		return add(weight, false, outcome);
	}

	private CaseScorerTests giveLimiting(int weight, Outcome outcome) {
		return add(weight, true, outcome);
	}

	private CaseScorerTests add(int weight, boolean limiting, Outcome outcome) {
		Map<Outcome, Template> evidence = new EnumMap<>(Outcome.class);
		for (Outcome any : Outcome.values()) {
			evidence.put(any, Template.parse(any.name().toLowerCase()));
		}
		String code = "C" + (this.criteria.size() + 1);
		this.criteria.add(new Criterion(code, code, "test", null, weight, limiting, List.of(), new FixedRule(outcome),
				Map.of(), evidence));
		return this;
	}

	private ScoredCase score() {
		return new CaseScorer(tool(new BigDecimal("80"), new BigDecimal("60"))).score(Baby.typical().auditCase());
	}

	private AuditTool tool(BigDecimal good, BigDecimal requiresImprovement) {
		return new AuditTool("test", "1", "Test", "0".repeat(64), good, requiresImprovement, new BigDecimal("90"),
				new BigDecimal("70"), 1.959964, this.criteria);
	}

	/** A rule that always finds the same. */
	record FixedRule(Outcome outcome) implements Rule {

		@Override
		public RuleResult evaluate(CaseFacts facts) {
			return RuleResult.of(this.outcome);
		}

		@Override
		public Map<Outcome, Set<String>> placeholders() {
			return Map.of(MET, Set.of(), PARTLY_MET, Set.of(), NOT_MET, Set.of(), NOT_APPLICABLE, Set.of());
		}
	}
}
