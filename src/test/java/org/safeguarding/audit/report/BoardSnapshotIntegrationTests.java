package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.safeguarding.audit.board.BoardFigures;
import org.safeguarding.audit.board.BoardFigures.CriterionFigures;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;
import org.safeguarding.audit.board.BoardFigures.TeamRow;
import org.safeguarding.audit.board.BoardSnapshot;
import org.safeguarding.audit.board.BoardSnapshots;

/**
 * The figures kept for the board's pages at publish time are the pack's: read back from
 * PostgreSQL and compared with the text of the filled pack, for a period with counts from 1 to 5
 * in cells (bruising), rows (the Hospital team's three cases) and columns (its team tables).
 */
class BoardSnapshotIntegrationTests {

	@TempDir
	static Path dir;

	static JdbcClient jdbc;

	static AuditHistory history;

	static ReportPublisher publisher;

	static BoardSnapshots snapshots;

	static BoardSnapshot snapshot;

	static List<String> pack;

	@BeforeAll
	static void publish() {
		jdbc = JdbcClient.create(TestDatabase.dataSource());
		history = AuditHistory.in(TestDatabase.dataSource());
		publisher = new ReportPublisher(jdbc, ReportSettings.defaults("Midshire Safeguarding Children Partnership"));
		snapshots = new BoardSnapshots(jdbc);
		publisher.publish(history.runId, dir);
		snapshot = snapshots.forRun(history.runId).orElseThrow();
		pack = PrintText.of(publisher.board(history.runId));
	}

	@Test
	void eachCriterionsRowIsThePacksRow() {
		for (CriterionFigures c : snapshot.figures().criteria()) {
			int at = pack.indexOf(c.code());
			assertThat(pack.subList(at + 1, at + 8)).as(c.code())
				.containsExactly(c.applicable(), c.met(), c.partlyMet(), c.notMet(), c.compliance(), c.interval(), c.rag());
			assertThat(pack.get(at - 1)).isEqualTo(c.title());
		}
	}

	@Test
	void bruisingIsSuppressedAsInThePackWithNoNumberToDraw() {
		// 3 applicable: 2 met, 1 partly met, 0 not met (AuditHistory); every count from 1 to 5 is c.
		CriterionFigures bruising = snapshot.figures().criterion("BRUISING_RESPONSE").orElseThrow();
		assertThat(List.of(bruising.applicable(), bruising.met(), bruising.partlyMet(), bruising.notMet(),
				bruising.compliance(), bruising.interval(), bruising.rag())).containsExactly("c", "c", "c", "0", "c", "c", "c");
		assertThat(bruising.suppressed()).isTrue();
		assertThat(bruising.compliancePct()).isNull();
		assertThat(bruising.ciLowPct()).isNull();
		assertThat(bruising.rating()).isNull();
		assertThat(snapshot.figures().teams("BRUISING_RESPONSE").orElseThrow().funnelShown()).isFalse();
	}

	@Test
	void theTeamTableIsSuppressedByRowAndColumnAsInThePack() {
		// FATHER_IDENTIFIED in 2026-10 (AuditHistory, p = 0.88): East 30 (26 met, 2 partly, 2 not),
		// Hospital 3 (3, 0, 0), North 35 (31, 2, 2), South 28 (25, 2, 1), West 32 (28, 2, 2).
		// Hospital's 3s hide South's met (25) and applicable (28), the smallest in their columns.
		TeamFigures father = snapshot.figures().teams("FATHER_IDENTIFIED").orElseThrow();
		List<List<String>> rows = father.rows().stream()
			.map(r -> List.of(r.team(), r.applicable(), r.met(), r.partlyMet(), r.notMet(), r.compliance()))
			.toList();
		assertThat(rows).containsExactly(List.of("East", "30", "26", "c", "c", "86.7%"),
				List.of("Hospital", "c", "c", "0", "0", "c"), List.of("North", "35", "31", "c", "c", "88.6%"),
				List.of("South", "c", "c", "c", "c", "c"), List.of("West", "32", "28", "c", "c", "87.5%"),
				List.of("All teams", "128", "113", "8", "7", "88.3%"));
		for (TeamFigures teams : snapshot.figures().headline()) {
			List<String> printed = new ArrayList<>();
			for (TeamRow row : teams.rows()) {
				int at = indexOfRow(row.team(), teams.code());
				printed.addAll(pack.subList(at, at + 7));
			}
			assertThat(printed).as(teams.code()).containsExactlyElementsOf(teams.rows().stream()
				.flatMap(r -> java.util.stream.Stream.of(r.team(), r.applicable(), r.met(), r.partlyMet(), r.notMet(),
						r.compliance(), r.position()))
				.toList());
		}
		assertThat(father.points()).extracting(BoardFigures.FunnelPoint::team).containsExactly("East", "North", "West");
		// 113 / 128 = 88.28…%, kept as printed.
		assertThat(father.centrePct()).isEqualTo(88.3);
		assertThat(father.points()).extracting(BoardFigures.FunnelPoint::compliancePct).containsExactly(86.7, 88.6, 87.5);
	}

	@Test
	void theCoverTrendsAndDataQualityAreThePacksWords() {
		BoardFigures figures = snapshot.figures();
		assertThat(pack).contains(figures.partnershipName(), figures.periodLabel(), figures.casesAudited(),
				figures.ragSummary(), figures.changes().heading());
		assertThat(figures.changes().lines()).containsExactly("GP informed: up from 39.8% to 90.6% (p < 0.001).");
		int grades = pack.indexOf("Share");
		assertThat(pack.subList(grades + 1, grades + 1 + 3 * figures.grades().size())).containsExactlyElementsOf(
				figures.grades().stream().flatMap(g -> java.util.stream.Stream.of(g.grade(), g.cases(), g.share())).toList());
		figures.trends().forEach(t -> assertThat(pack).contains(t.title(), t.trend()));
		assertThat(figures.trend("HOUSEHOLD_VERIFIED").orElseThrow().variation())
			.isEqualTo("Special-cause variation: June 2026 (below).");
		assertThat(figures.trend("HOUSEHOLD_VERIFIED").orElseThrow().months()).hasSize(12)
			.filteredOn(m -> m.signal() == BoardFigures.Signal.BELOW)
			.extracting(BoardFigures.TrendMonth::period)
			.containsExactly("2026-06");
		assertThat(figures.trend("BRUISING_RESPONSE").orElseThrow().months())
			.allSatisfy(m -> assertThat(m.compliancePct()).isNull());
		figures.dataQuality().tables().forEach(t -> assertThat(pack).contains(t.table(), t.rowsRead(), t.rejectedShare()));
		figures.dataQuality().reasons().forEach(r -> assertThat(pack).contains(r.reason()));
	}

	@Test
	void noPersonOrCaseIdentifierIsKept() {
		String json = jdbc.sql("select figures::text from board_snapshot where run_id = ? and pack_version = ?")
			.params(snapshot.runId(), snapshot.packVersion())
			.query(String.class)
			.single();
		assertThat(json).contains("\"FATHER_IDENTIFIED\"", "\"Hospital\"");
		assertThat(ReportPublisherIntegrationTests.IDENTIFIER.matcher(json).find()).isFalse();
	}

	@Test
	void publishingAgainKeepsTheEarlierVersionAndTheNewestIsTheBoards() {
		publisher.publish(history.runId, dir.resolve("again"), () -> {
		}, java.util.Map.of("GP_INFORMED", "GPs were not told, so they could not help."));
		BoardSnapshot newest = snapshots.forRun(history.runId).orElseThrow();
		assertThat(newest.packVersion()).isGreaterThan(snapshot.packVersion());
		assertThat(newest.figures().criterion("GP_INFORMED").orElseThrow().why())
			.isEqualTo("GPs were not told, so they could not help.");
		assertThat(newest.figures().criterion("SAFE_SLEEP").orElseThrow().why()).isNull();
		assertThat(snapshot.figures().criterion("GP_INFORMED").orElseThrow().why()).isNull();
		assertThat(snapshots.forRun(history.runId, snapshot.packVersion())).hasValueSatisfying(
				earlier -> assertThat(earlier.figures()).isEqualTo(snapshot.figures()));
		assertThat(snapshots.latestFor(YearMonth.of(2026, 10))).hasValueSatisfying(
				latest -> assertThat(latest.packVersion()).isEqualTo(newest.packVersion()));
		assertThat(snapshots.periods()).anySatisfy(p -> {
			assertThat(p.period()).isEqualTo(YearMonth.of(2026, 10));
			assertThat(p.label()).isEqualTo("October 2026");
			assertThat(p.runId()).isEqualTo(history.runId);
		});
		assertThat(snapshots.latestFor(YearMonth.of(2001, 1))).isEmpty();
	}

	/** Where a team's row starts in the pack's text, within the given criterion's team section. */
	private static int indexOfRow(String team, String criterion) {
		int section = pack.indexOf(snapshot.figures().teams(criterion).orElseThrow().title() + "  (" + criterion + ")");
		return pack.subList(section, pack.size()).indexOf(team) + section;
	}
}
