package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.BoardPackData.GradeCount;
import org.safeguarding.audit.report.GradeDistribution.GradeRow;
import org.safeguarding.audit.stats.Suppression;

class GradeDistributionTests {

	@Test
	void gradesWithShareAndTotal() {
		GradeDistribution.Result result = GradeDistribution.of(List.of(new GradeCount("GOOD", 60),
				new GradeCount("REQUIRES_IMPROVEMENT", 30), new GradeCount("INADEQUATE", 10)), new Suppression(5));
		assertThat(result.casesAudited()).isEqualTo("100");
		assertThat(result.rows()).containsExactly(new GradeRow("Good", "60", "60.0%"),
				new GradeRow("Requires improvement", "30", "30.0%"), new GradeRow("Inadequate", "10", "10.0%"),
				new GradeRow("All cases audited", "100", "100.0%"));
	}

	@Test
	void aSmallGradeIsHiddenWithTheNextSmallestSoTheTotalRevealsNeither() {
		GradeDistribution.Result result = GradeDistribution
			.of(List.of(new GradeCount("GOOD", 60), new GradeCount("REQUIRES_IMPROVEMENT", 30),
					new GradeCount("INADEQUATE", 3)), new Suppression(5));
		assertThat(result.rows()).extracting(GradeRow::cases).containsExactly("60", "c", "c", "93");
		assertThat(result.rows()).extracting(GradeRow::share).containsExactly("64.5%", "c", "c", "100.0%");
	}

	@Test
	void aGradeNobodyGotIsZero() {
		GradeDistribution.Result result = GradeDistribution.of(List.of(new GradeCount("GOOD", 40)), new Suppression(5));
		assertThat(result.rows()).extracting(GradeRow::cases).containsExactly("40", "0", "0", "40");
	}
}
