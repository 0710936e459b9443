package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.report.QaFindingsRepository.TeamSize;

class QaWorkbookTests {

	private static final BoardPackData.Run RUN = new BoardPackData.Run(7, 3, "2026-10", "babies-under-one", "1",
			"Babies under one", "SCORED", 0);

	@Test
	void aWorkbookThatFailsWritesNothing(@TempDir Path dir) {
		QaFindingsRepository unreadable = new QaFindingsRepository(null) {
			@Override
			List<String> criteria(long runId) {
				throw new IllegalStateException("connection to the database lost");
			}
		};
		Path file = dir.resolve("qa-findings.xlsx");

		assertThatIllegalStateException().isThrownBy(() -> new QaWorkbook(unreadable).write(RUN, file))
			.withMessage("connection to the database lost");
		assertThat(file).doesNotExist();
	}

	@Test
	void theFiftyLargestTeamsHaveSheetsOfTheirOwnTiesByName() {
		List<TeamSize> teams = new ArrayList<>();
		IntStream.rangeClosed(1, 60).forEach(i -> teams.add(new TeamSize(String.format("Team %02d", i), i, 0)));
		teams.add(new TeamSize("Tied A", 11, 0));
		teams.add(new TeamSize("Tied B", 11, 0));

		// Teams 12..60 (49 teams) are larger than 11; of the three teams of 11, the first by name.
		List<String> expected = new ArrayList<>(IntStream.rangeClosed(12, 60).mapToObj(i -> String.format("Team %02d", i)).toList());
		expected.add("Team 11");
		assertThat(QaWorkbook.largest(teams)).containsExactlyInAnyOrderElementsOf(expected);
	}
}
