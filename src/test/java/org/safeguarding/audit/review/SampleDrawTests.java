package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.audit.Grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.audit.audit.Grade.GOOD;
import static org.safeguarding.audit.audit.Grade.INADEQUATE;
import static org.safeguarding.audit.audit.Grade.REQUIRES_IMPROVEMENT;

/**
 * The monthly sample drawn from a small hand-made period, the expected cases worked out outside
 * the code with {@code sha256sum}:
 *
 * <pre>
 * for i in 001 002 003 004 005 006 007 008 009 010 011 012; do
 *   printf '%s  %s\n' "$(printf '%s' "42:C$i" | sha256sum | cut -c1-64)" "42:C$i"; done | sort
 * 12de8c9c04a9f2bdcb8804f8906e07f0682bf3bea6def4c5a76febcb5fc4b431  42:C011
 * 14e1cab50ea142c6ea8c734afe70734637490b1e63a2c2f72e2f88af563f9c41  42:C008
 * 32857ee6859c10a849ef831afc40e1c602b432f40e7e855bee004790654896cf  42:C001
 * 377c86b73c0e98d4d90056b649c4104bb3762e90ebd91966e38391e6c930bb92  42:C003
 * 572945cd031c14757b2af34ffeebc8e14b55252525ff16301105dbae754549d9  42:C012
 * 659f5a00073e0c0ad16bcfbbd52b0bbf72fa22e7ddc3c6d4f9ff761125032c35  42:C005
 * 6da5b46f3cb4867a66577e4a6aa41e34949261e2ee8285edf11d910724a4f66d  42:C006
 * 81975e575c135761d481b01b4b978fef83b855596123fa6316280beabe8333ea  42:C007
 * b36becb97f0974c36f002c70cfa3c0887afcb21f8f478a764953f997c12f762c  42:C010
 * c0d989cf08125c92344cbd8c08c266d7e637211895bccde78a289c4848c4c756  42:C004
 * d78fb5629f75daf8ca3562dc636ee3b96d73e596460554a33c6ec6f1ccc5245d  42:C002
 * edf9b12202c43717d8e6888e306160b736d9cd93f06aec03fef646e2710b043a  42:C009
 * </pre>
 */
class SampleDrawTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	/** East C001–C005, North C006–C009, West C010–C012, with hand-chosen grades. */
	static final List<EligibleCase> PERIOD = List.of(audited("C001", "East", GOOD),
			audited("C002", "East", REQUIRES_IMPROVEMENT), audited("C003", "East", REQUIRES_IMPROVEMENT),
			audited("C004", "East", INADEQUATE), audited("C005", "East", INADEQUATE), audited("C006", "North", GOOD),
			audited("C007", "North", GOOD), audited("C008", "North", GOOD), audited("C009", "North", INADEQUATE),
			audited("C010", "West", REQUIRES_IMPROVEMENT), audited("C011", "West", REQUIRES_IMPROVEMENT),
			audited("C012", "West", GOOD));

	@Test
	void byTeam() {
		// Places (AllocationTests' first case): East 2, North 2, West 1. Lowest hashes per team:
		// East C001 (3285…), C003 (377c…); North C008 (14e1…), C006 (6da5…); West C011 (12de…).
		DrawnSample sample = draw(new SampleSpec(5, 42, 12, StratumKind.TEAM), List.of());
		assertThat(ids(sample)).containsExactly("C001", "C003", "C008", "C006", "C011");
		assertThat(sample.cases()).extracting(SampledCase::stratum)
			.containsExactly("East", "East", "North", "North", "West");
		assertThat(sample.eligible()).isEqualTo(12);
		assertThat(sample.excluded()).isZero();
	}

	@Test
	void byTeamAndGradeWithMoreStrataThanPlaces() {
		// 7 strata, n = 2: North/GOOD (3 cases) first; then East/REQUIRES_IMPROVEMENT, East/INADEQUATE
		// and West/REQUIRES_IMPROVEMENT tie on 2, and East/REQUIRES_IMPROVEMENT comes first (team East,
		// then grade order). North/GOOD: C008 (14e1…) before C006, C007; East/RI: C003 (377c…) before C002 (d78f…).
		DrawnSample sample = draw(new SampleSpec(2, 42, 12, StratumKind.TEAM_AND_GRADE), List.of());
		assertThat(ids(sample)).containsExactly("C003", "C008");
		assertThat(sample.cases()).extracting(SampledCase::stratum)
			.containsExactly("East / REQUIRES_IMPROVEMENT", "North / GOOD");
	}

	@Test
	void byTeamAndGradeWithRemainderTies() {
		// n = 10, E = 12; 10·e/12: e = 1 -> 0 r 10/12, e = 2 -> 1 r 8/12, e = 3 -> 2 r 6/12.
		// Whole parts: East/RI 1, East/INAD 1, North/GOOD 2, West/RI 1 = 5; five left: the three r 10/12
		// (East/GOOD, North/INAD, West/GOOD), then of the r 8/12 East/RI and East/INAD (before West/RI).
		// So East/GOOD 1, East/RI 2, East/INAD 2, North/GOOD 2, North/INAD 1, West/GOOD 1, West/RI 1.
		// North/GOOD takes C008, C006 (C007 81975… is third); West/RI takes C011 (12de…) not C010 (b36b…).
		DrawnSample sample = draw(new SampleSpec(10, 42, 12, StratumKind.TEAM_AND_GRADE), List.of());
		assertThat(ids(sample)).containsExactly("C001", "C003", "C002", "C005", "C004", "C008", "C006", "C009",
				"C012", "C011");
	}

	@Test
	void theSameInputsDrawTheSameCases() {
		SampleSpec spec = new SampleSpec(5, 42, 12, StratumKind.TEAM);
		assertThat(draw(spec, List.of())).isEqualTo(draw(spec, List.of()));
	}

	@Test
	void aSampleLargerThanTheEligibleCasesIsRefusedNamingBoth() {
		assertThatThrownBy(() -> draw(new SampleSpec(13, 42, 12, StratumKind.TEAM), List.of()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("size must not be more than the 12 eligible cases of 2026-10 (was 13)")
			.extracting("field")
			.isEqualTo("size");
	}

	@Test
	void aCaseIsHashedAsSeedColonCaseIdInUtf8() {
		// printf '%s' '42:C001' | sha256sum
		assertThat(SampleDraw.hash(42, "C001")).isEqualTo("32857ee6859c10a849ef831afc40e1c602b432f40e7e855bee004790654896cf");
		// printf '%s' '7:Zoë-1' | sha256sum   (ë is two bytes in UTF-8)
		assertThat(SampleDraw.hash(7, "Zoë-1")).isEqualTo("6de1cee01091f17850179b1877d9660312ff4ff446ed00bcb3779b1205adac4f");
	}

	private static DrawnSample draw(SampleSpec spec, List<PastSample> earlier) {
		return SampleDraw.draw(OCTOBER, spec, PERIOD, earlier);
	}

	static List<String> ids(DrawnSample sample) {
		return sample.cases().stream().map(SampledCase::caseId).toList();
	}

	static EligibleCase audited(String caseId, String team, Grade grade) {
		return new EligibleCase(caseId, team, grade);
	}
}
