package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.report.SectionsTestData.criterion;
import static org.safeguarding.audit.report.SectionsTestData.period;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.WhatChanged.Line;
import org.safeguarding.audit.stats.Suppression;

class WhatChangedTests {

	private final Suppression suppression = new Suppression(5);

	@Test
	void aSignificantChangeIsNamedWithBothPercentages() {
		// 40/100 → 60/100: z = 2.83, p = 0.005.
		WhatChanged.Result result = WhatChanged.of("2026-10", List.of(criterion(1, "GP_INFORMED", "GP informed", 60, 20, 20)),
				List.of(period("2026-09", "GP_INFORMED", 40, 30, 30), period("2026-10", "GP_INFORMED", 60, 20, 20)),
				suppression);
		assertThat(result.heading()).isEqualTo("What changed since September 2026");
		assertThat(result.lines()).containsExactly(new Line("GP informed: up from 40.0% to 60.0% (p = 0.005)."));
	}

	@Test
	void aWiggleIsNotAChange() {
		WhatChanged.Result result = WhatChanged.of("2026-10", List.of(criterion(1, "GP_INFORMED", "GP informed", 52, 24, 24)),
				List.of(period("2026-09", "GP_INFORMED", 48, 26, 26)), suppression);
		assertThat(result.lines()).containsExactly(new Line(WhatChanged.NO_CHANGE));
	}

	@Test
	void thePreviousAuditedPeriodIsTheLatestBeforeThisOneEvenWithAGap() {
		WhatChanged.Result result = WhatChanged.of("2026-10", List.of(criterion(1, "A", "A", 60, 20, 20)),
				List.of(period("2026-06", "A", 10, 45, 45), period("2026-08", "A", 40, 30, 30)), suppression);
		assertThat(result.heading()).isEqualTo("What changed since August 2026");
		assertThat(result.lines().get(0).text()).startsWith("A: up from 40.0% to 60.0%");
	}

	@Test
	void percentagesFromSmallNumbersAreNotShownEvenForARealChange() {
		// 2/40 → 30/40 is significant, but 2 is suppressed.
		WhatChanged.Result result = WhatChanged.of("2026-10", List.of(criterion(1, "A", "Alpha", 30, 5, 5)),
				List.of(period("2026-09", "A", 2, 19, 19)), suppression);
		assertThat(result.lines().get(0).text()).startsWith("Alpha: up since September 2026 (p < 0.001)")
			.contains("not shown")
			.doesNotContain("%");
	}

	@Test
	void theFirstAuditedPeriodHasNothingToCompare() {
		WhatChanged.Result result = WhatChanged.of("2026-10", List.of(criterion(1, "A", "A", 30, 5, 5)),
				List.of(period("2026-10", "A", 30, 5, 5)), suppression);
		assertThat(result.lines()).singleElement().extracting(Line::text).asString().startsWith("No earlier audited period");
	}
}
