package org.safeguarding.audit.review;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.review.ReviewsIntegrationTests.refused;

/** A learning action's due date is from a year before today to five years after. */
class ActionChecksTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void dueDatesInTheRangeAreTaken() {
		assertThat(ActionChecks.dueDate(LocalDate.of(2025, 12, 6), TODAY)).isEqualTo(LocalDate.of(2025, 12, 6));
		assertThat(ActionChecks.dueDate(LocalDate.of(2031, 12, 6), TODAY)).isEqualTo(LocalDate.of(2031, 12, 6));
	}

	@Test
	void dueDatesOutsideTheRangeAreRefusedNamingIt() {
		refused(() -> ActionChecks.dueDate(LocalDate.of(2025, 12, 5), TODAY), "dueDate",
				"dueDate '2025-12-05' must be from 2025-12-06 to 2031-12-06 (one year before today to five after)");
		refused(() -> ActionChecks.dueDate(LocalDate.of(2031, 12, 7), TODAY), "dueDate",
				"dueDate '2031-12-07' must be from 2025-12-06 to 2031-12-06 (one year before today to five after)");
	}
}
