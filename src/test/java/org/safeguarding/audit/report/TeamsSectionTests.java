package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.report.SectionsTestData.criterion;
import static org.safeguarding.audit.report.SectionsTestData.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.TeamsSection.HeadlineRow;
import org.safeguarding.audit.report.TeamsSection.TeamRow;
import org.safeguarding.audit.stats.FunnelPlot;
import org.safeguarding.audit.stats.Suppression;
import org.safeguarding.audit.stats.Tally;
import org.safeguarding.audit.stats.TeamComparison;

class TeamsSectionTests {

	@Test
	void onlyHeadlineCriteriaGetATeamsSection() {
		List<HeadlineRow> rows = TeamsSection.of(List.of(criterion(1, "A", "Alpha", 80, 10, 10), criterion(2, "B", "Beta", 80, 10, 10)),
				List.of(team("North", "B", 40, 5, 5), team("South", "B", 40, 5, 5)), List.of("B", "Z"), new Suppression(5), 523);
		assertThat(rows).extracting(HeadlineRow::criterion).containsExactly("B");
	}

	@Test
	void outliersAreNamedAndTheTestReported() {
		// Overall 320/400 = 0.8; A (90/100) is above the 95% limit only, C (30/50) below the 99.8% limit.
		FunnelPlot plot = FunnelPlot.of(List.of(new Tally("A", 90, 100), new Tally("B", 40, 50), new Tally("C", 30, 50),
				new Tally("D", 160, 200)));
		assertThat(TeamsSection.outlierText(plot, java.util.Set.of()))
			.isEqualTo("Below the lower 99.8% limit: C. Above the upper 95% limit only: A.");
		assertThat(TeamsSection.comparisonText(TeamComparison.of(plot.units().stream().map(FunnelPlot.Unit::tally).toList())))
			.startsWith("Teams differ by more than chance would explain (chi-square ");
		assertThat(TeamsSection.comparisonText(Optional.empty())).startsWith("Too few teams");
	}

	@Test
	void theTeamTableIsSuppressedByRowAndColumn() throws JRException {
		List<HeadlineRow> rows = TeamsSection.of(List.of(criterion(1, "A", "Alpha", 63, 20, 17)),
				List.of(team("North", "A", 40, 10, 10), team("Small", "A", 3, 0, 1), team("South", "A", 20, 10, 6)),
				List.of("A"), new Suppression(5), 523);
		List<List<Object>> table = read(rows.get(0));
		// Small's 3, 1 and 4 are hidden; the met column then hides South's 20 (smallest), and so on.
		assertThat(table.get(1)).containsExactly("Small", "c", "c", "0", "c", "c");
		assertThat(table.get(2).get(2)).isEqualTo("c");
		assertThat(table.get(3)).containsExactly("All teams", "100", "63", "20", "17", "63.0%");
		for (int column = 1; column <= 4; column++) {
			int col = column;
			assertThat(table.stream().filter(r -> "c".equals(r.get(col))).count()).as("column %d", col).isNotEqualTo(1);
		}
	}

	@Test
	void aTeamWhoseComplianceIsHiddenIsNeitherPlacedNorNamed() throws JRException {
		// Overall 78/114 = 68.4%. Small (0 of 3) and Tiny (0 of 4) fall below the 95% limits at their n
		// (15.8% and 22.8%), but their counts from 1 to 5 are hidden, each column then having two.
		HeadlineRow row = TeamsSection.of(List.of(criterion(1, "A", "Alpha", 78, 17, 19)),
				List.of(team("North", "A", 40, 6, 6), team("Small", "A", 0, 2, 1), team("South", "A", 38, 8, 9),
						team("Tiny", "A", 0, 1, 3)),
				List.of("A"), new Suppression(5), 523).get(0);
		List<List<Object>> table = read(row);
		assertThat(table.get(1)).containsExactly("Small", "c", "0", "c", "c", "c");
		assertThat(table.get(0)).containsExactly("North", "52", "40", "6", "6", "76.9%");
		assertThat(row.rows()).extracting(TeamRow::position).containsExactly("within", "c", "within", "c", "");
		assertThat(row.outliers())
			.isEqualTo("The teams drawn are all within the 95% limits. 2 teams are not drawn: their figures are suppressed.");
	}

	@Test
	void noFunnelWhenTheOverallFiguresAreSuppressed() {
		HeadlineRow row = TeamsSection.of(List.of(criterion(11, "BRUISING", "Bruising", 2, 0, 1)),
				List.of(team("North", "BRUISING", 1, 0, 0), team("East", "BRUISING", 1, 0, 1)), List.of("BRUISING"),
				new Suppression(5), 523).get(0);
		assertThat(row.outliers()).isEqualTo(TeamsSection.SMALL_NUMBERS);
		assertThat(row.comparison()).startsWith("Not tested");
	}

	private static List<List<Object>> read(HeadlineRow row) throws JRException {
		List<List<Object>> table = new ArrayList<>();
		while (row.teams().next()) {
			List<Object> cells = new ArrayList<>();
			for (String name : List.of("team", "applicable", "met", "partlyMet", "notMet", "compliance")) {
				JRDesignField field = new JRDesignField();
				field.setName(name);
				cells.add(row.teams().getFieldValue(field));
			}
			table.add(cells);
		}
		return table;
	}
}
