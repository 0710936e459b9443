package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.audit.audit.Grade.GOOD;

/**
 * The exclusion window across three periods. The same six babies are audited in August,
 * September and October (a baby under one stays in the cohort month after month); samples of two,
 * seed 7, one team. Their hashes, worked out with sha256sum:
 *
 * <pre>
 * for i in 001 002 003 004 005 006; do
 *   printf '%s  %s\n' "$(printf '%s' "7:C$i" | sha256sum | cut -c1-64)" "7:C$i"; done | sort
 * 1b9adf3c313268f1ff2421ddd157a9248e312ebc6ecdfa8ed162452d1054c272  7:C003
 * 6156e86b516214671b92b9c71d661b62bc5a0606d5dbc1f431eb67a6573c9633  7:C001
 * 84f84c9652f761555669482745db29f5d1d2763039de3975ecb27a7d6b77889f  7:C006
 * 9d24e9070932b45d792902af9b3d10b65599542e5b3b90be5a779f0ef921bd14  7:C002
 * a952a018028d51c22d9446d33da225da9697f44cd6e3485bb75ca5e1a6f22912  7:C004
 * f1b54fac24fe50abf37bedb0f26c930df4923cbdf2d57987caf3ab254220f172  7:C005
 * </pre>
 */
class ExclusionWindowTests {

	static final YearMonth AUGUST = YearMonth.of(2026, 8);

	static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	static final List<EligibleCase> BABIES = List.of(baby("C001"), baby("C002"), baby("C003"), baby("C004"),
			baby("C005"), baby("C006"));

	final List<PastSample> drawn = new ArrayList<>();

	@Test
	void eachPeriodPassesOverTheCasesOfTheSamplesBeforeIt() {
		// August: nothing before; the two lowest hashes C003, C001.
		assertThat(draw(AUGUST, 12)).containsExactly("C003", "C001");
		// September: August's C003, C001 out; next lowest C006, C002.
		assertThat(draw(SEPTEMBER, 12)).containsExactly("C006", "C002");
		// October: both earlier samples out; C004 and C005 are all that is left.
		assertThat(draw(OCTOBER, 12)).containsExactly("C004", "C005");
		// November, window 12: all six were sampled -> nothing eligible.
		assertThatThrownBy(() -> draw(YearMonth.of(2026, 11), 12)).isInstanceOf(InvalidInputException.class)
			.hasMessage("size must not be more than the 0 eligible cases of 2026-11 (was 2)");
	}

	@Test
	void aWindowOfOneMonthLooksOnlyAtThePreviousPeriod() {
		draw(AUGUST, 12);
		draw(SEPTEMBER, 12);
		// October, window 1: only September's C006, C002 out, so August's C003, C001 come back.
		assertThat(draw(OCTOBER, 1)).containsExactly("C003", "C001");
	}

	@Test
	void aWindowOfTwoMonthsReachesBackTwoPeriodsButNoFurther() {
		draw(AUGUST, 12);
		draw(SEPTEMBER, 12);
		draw(OCTOBER, 12);
		// November, window 2: September's and October's out (C006, C002, C004, C005); August's are back.
		assertThat(draw(YearMonth.of(2026, 11), 2)).containsExactly("C003", "C001");
	}

	@Test
	void aWindowOfZeroExcludesNothing() {
		draw(AUGUST, 12);
		assertThat(draw(SEPTEMBER, 0)).containsExactly("C003", "C001");
	}

	@Test
	void anEarlierDrawOfTheSamePeriodDoesNotExcludeSoDrawingAgainGivesTheSameCases() {
		draw(AUGUST, 12);
		List<String> first = draw(SEPTEMBER, 12);
		assertThat(draw(SEPTEMBER, 12)).isEqualTo(first).containsExactly("C006", "C002");
	}

	@Test
	void theCountOfExcludedCasesIsKept() {
		draw(AUGUST, 12);
		DrawnSample september = SampleDraw.draw(SEPTEMBER, new SampleSpec(2, 7, 12, StratumKind.TEAM), BABIES,
				this.drawn);
		assertThat(september.eligible()).isEqualTo(4);
		assertThat(september.excluded()).isEqualTo(2);
	}

	/** Draws two of the six, keeps the sample as an earlier one, and gives its case ids. */
	private List<String> draw(YearMonth period, int window) {
		DrawnSample sample = SampleDraw.draw(period, new SampleSpec(2, 7, window, StratumKind.TEAM), BABIES,
				this.drawn);
		List<String> ids = SampleDrawTests.ids(sample);
		this.drawn.add(new PastSample(period, new HashSet<>(ids)));
		return ids;
	}

	private static EligibleCase baby(String caseId) {
		return new EligibleCase(caseId, "North", GOOD);
	}
}
