package org.safeguarding.audit.generate;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class GeneratorSettingsTests {

	private static final YearMonth JUNE = YearMonth.of(2026, 6);

	@Test
	void casesMustBeAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(0, JUNE, 1, 0))
			.withMessageContaining("cases");
	}

	@Test
	void badRowRateMustBeFromZeroToHalf() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(10, JUNE, 1, 0.6))
			.withMessageContaining("badRowRate");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(10, JUNE, 1, -0.1))
			.withMessageContaining("badRowRate");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(10, JUNE, 1, Double.NaN))
			.withMessageContaining("badRowRate");
	}

	@Test
	void periodIsRequiredAndWithinTheWorld() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(10, null, 1, 0))
			.withMessageContaining("period");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorSettings(10, YearMonth.of(2001, 12), 1, 0))
			.withMessageContaining("period");
	}

	@Test
	void limitsAreAllowed() {
		assertThatNoException().isThrownBy(() -> new GeneratorSettings(1, YearMonth.of(2002, 1), -5, 0.5));
	}
}
