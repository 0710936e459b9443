package org.safeguarding.audit.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sample's inputs as typed into a form: defaults for empty fields, every bad value named. */
class SampleSpecTests {

	@Test
	void emptyFieldsTakeTheDefaultsAndASeedDrawnAtRandom() {
		SampleSpec spec = SampleSpec.of("", null, " ", "");
		assertThat(spec.size()).isEqualTo(10);
		assertThat(spec.exclusionMonths()).isEqualTo(12);
		assertThat(spec.strata()).isEqualTo(StratumKind.TEAM);
		assertThat(spec.seed()).isBetween(0L, 999_999_999L);
	}

	@Test
	void typedValuesAreTaken() {
		assertThat(SampleSpec.of("5", "42", "0", "TEAM_AND_GRADE"))
			.isEqualTo(new SampleSpec(5, 42, 0, StratumKind.TEAM_AND_GRADE));
	}

	@Test
	void badValuesAreNamedWithTheirField() {
		assertRefused(() -> SampleSpec.of("0", "", "", ""), "size", "size must be at least 1 (was 0)");
		assertRefused(() -> SampleSpec.of("-3", "", "", ""), "size", "size must be at least 1 (was -3)");
		assertRefused(() -> SampleSpec.of("ten", "", "", ""), "size", "size must be a whole number (was 'ten')");
		assertRefused(() -> SampleSpec.of("", "", "-1", ""), "exclusionMonths",
				"exclusionMonths must be at least 0 (was -1)");
		assertRefused(() -> SampleSpec.of("", "-5", "", ""), "seed", "seed must be at least 0 (was -5)");
		assertRefused(() -> SampleSpec.of("", "", "", "GRADE"), "strata",
				"strata must be one of TEAM, TEAM_AND_GRADE (was 'GRADE')");
		assertRefused(() -> SampleSpec.of("99999999999", "", "", ""), "size", "size is too large (was 99999999999)");
	}

	private static void assertRefused(Runnable input, String field, String message) {
		assertThatThrownBy(input::run).isInstanceOf(InvalidInputException.class)
			.hasMessage(message)
			.extracting("field")
			.isEqualTo(field);
	}
}
