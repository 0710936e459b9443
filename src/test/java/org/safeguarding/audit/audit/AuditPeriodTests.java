package org.safeguarding.audit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditPeriodTests {

	@Test
	void monthRunsFromItsFirstDayToTheAuditDateItsLastDay() {
		AuditPeriod period = AuditPeriod.parse("2026-10");
		assertThat(period.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(period.auditDate()).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(period).hasToString("2026-10");
	}

	@Test
	void auditDateOfFebruaryFollowsLeapYears() {
		assertThat(AuditPeriod.parse("2028-02").auditDate()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(AuditPeriod.parse("2026-02").auditDate()).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void singleDigitMonthsPrintZeroPadded() {
		assertThat(AuditPeriod.parse("2026-01")).hasToString("2026-01");
	}

	@Test
	void monthThirteenIsNotARealMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditPeriod.parse("2026-13"))
			.withMessage("audit period '2026-13' is not a real month (expected YYYY-MM)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "26-10", "2026-1", "2026/10", "2026-10-01", "October 2026", "2026-1O" })
	void anythingButYyyyMmIsRefusedWithTheExpectedForm(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditPeriod.parse(text))
			.withMessage("audit period '" + text + "' is not of the form YYYY-MM (e.g. 2026-10)");
	}

	@ParameterizedTest
	@NullAndEmptySource
	void nothingIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditPeriod.parse(text))
			.withMessageContaining("is not of the form YYYY-MM");
	}
}
