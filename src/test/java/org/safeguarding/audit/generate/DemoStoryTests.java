package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.generate.DemoMonth.Case;
import org.safeguarding.audit.generate.DemoMonth.Outcome;
import org.safeguarding.audit.generate.DemoMonth.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's twelve months (the demo's partnership: seed 20261, 300 babies, 1% bad rows, here
 * December 2025 to November 2026) show a board something to discuss, counted plainly from the
 * generated files: an August dip outside the p-chart's limits, a data-quality problem in
 * October, one team improving and one getting worse, teams outside the funnel's limits, changes
 * from one month to the next a two-proportion test would name, and bruising figures large
 * enough to publish in most months. The limits and tests are worked by hand from their textbook
 * formulas, not with the product's statistics.
 */
class DemoStoryTests {

	static final long DEMO_SEED = 20261;

	static final YearMonth FIRST = YearMonth.of(2025, 12);

	@TempDir
	static Path dir;

	static final List<DemoMonth> months = new ArrayList<>();

	@BeforeAll
	static void generateTheDemosYear() throws IOException {
		for (int m = 0; m < 12; m++) {
			YearMonth period = FIRST.plusMonths(m);
			Path drop = dir.resolve(period.toString());
			new ExtractGenerator(new GeneratorSettings(300, period, DEMO_SEED, 0.01)).write(drop);
			months.add(DemoMonth.read(period, drop));
		}
	}

	@Test
	void augustsSupervisionFallsBelowThePChartsLowerLimitAndRecoversInSeptember() {
		List<Tally> supervision = each(DemoMonth::supervision);
		int august = index(2026, 8);
		assertThat(lowerLimitsBroken(supervision)).containsExactly(august);
		assertThat(z(supervision.get(august - 1), supervision.get(august))).isLessThan(-1.96);
		assertThat(z(supervision.get(august), supervision.get(august + 1))).isGreaterThan(1.96);
	}

	@Test
	void octobersDropHasManyMoreRejectedRowsAndItsMissingVisitsShowInSafeSleep() {
		int october = index(2026, 10);
		int mostElsewhere = months.stream().filter(m -> m != months.get(october)).mapToInt(m -> m.rejectedRows).max()
			.orElseThrow();
		assertThat(months.get(october).rejectedRows).isGreaterThan(3 * mostElsewhere);
		List<Tally> safeSleep = each(DemoMonth::safeSleep);
		assertThat(lowerLimitsBroken(safeSleep)).containsExactly(october);
		assertThat(z(safeSleep.get(october), safeSleep.get(october + 1))).isGreaterThan(1.96);
	}

	@Test
	void centralImprovesAndWestGetsWorseAtTellingTheGp() {
		Tally centralThen = pooled(0, 3, DemoMonth::gpInformed, "Central");
		Tally centralNow = pooled(9, 12, DemoMonth::gpInformed, "Central");
		assertThat(centralNow.share() - centralThen.share()).isGreaterThan(0.2);
		assertThat(z(centralThen, centralNow)).isGreaterThan(3);
		Tally westThen = pooled(0, 3, DemoMonth::gpInformed, "West");
		Tally westNow = pooled(9, 12, DemoMonth::gpInformed, "West");
		assertThat(westThen.share() - westNow.share()).isGreaterThan(0.1);
		assertThat(z(westThen, westNow)).isLessThan(-2);
	}

	@Test
	void theGpIsToldMoreOftenOverTheYearAcrossThePartnership() {
		assertThat(z(pooled(0, 3, DemoMonth::gpInformed), pooled(9, 12, DemoMonth::gpInformed))).isGreaterThan(2);
	}

	@Test
	void inTheNewestMonthTeamsFallOnBothSidesOfTheFunnelForFathersIdentified() {
		DemoMonth newest = months.get(11);
		Tally all = newest.tally(newest::father, Set.of());
		double p = all.share();
		List<String> above = new ArrayList<>();
		List<String> below = new ArrayList<>();
		for (String team : newest.cases.stream().map(Case::team).distinct().toList()) {
			Tally t = newest.tally(newest::father, Set.of(team));
			double limit = 1.959964 * Math.sqrt(p * (1 - p) / t.applicable());
			if (t.share() > p + limit) {
				above.add(team);
			}
			if (t.share() < p - limit) {
				below.add(team);
			}
		}
		assertThat(above).contains("North");
		assertThat(below).isNotEmpty();
	}

	@Test
	void bruisingFiguresAreLargeEnoughToPublishInMostMonthsIncludingTheNewest() {
		List<Tally> bruising = each(DemoMonth::bruising);
		List<Integer> shown = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			Tally t = bruising.get(m);
			assertThat(t.applicable()).as(months.get(m).period.toString()).isGreaterThan(20);
			if (publishable(t.met()) && publishable(t.partly()) && publishable(t.notMet())) {
				shown.add(m);
			}
		}
		assertThat(shown).hasSizeGreaterThanOrEqualTo(8).contains(11);
	}

	/** Not a count from 1 to 5, which the board pack would hide. */
	private static boolean publishable(int count) {
		return count == 0 || count > 5;
	}

	/** The months below their p-chart's lower 3-sigma limit, the centre pooling all twelve. */
	private static List<Integer> lowerLimitsBroken(List<Tally> tallies) {
		double met = tallies.stream().mapToInt(Tally::met).sum();
		double n = tallies.stream().mapToInt(Tally::applicable).sum();
		double centre = met / n;
		List<Integer> below = new ArrayList<>();
		for (int m = 0; m < tallies.size(); m++) {
			double limit = centre - 3 * Math.sqrt(centre * (1 - centre) / tallies.get(m).applicable());
			if (tallies.get(m).share() < limit) {
				below.add(m);
			}
		}
		return below;
	}

	/** The pooled two-proportion z of a change from {@code before} to {@code after}. */
	private static double z(Tally before, Tally after) {
		double pooled = (double) (before.met() + after.met()) / (before.applicable() + after.applicable());
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.applicable() + 1.0 / after.applicable()));
		return (after.share() - before.share()) / se;
	}

	private static List<Tally> each(BiFunction<DemoMonth, Case, Outcome> criterion) {
		return months.stream().map(m -> m.tally(c -> criterion.apply(m, c), Set.of())).toList();
	}

	private static Tally pooled(int from, int to, BiFunction<DemoMonth, Case, Outcome> criterion, String... teams) {
		int met = 0;
		int partly = 0;
		int notMet = 0;
		for (DemoMonth month : months.subList(from, to)) {
			Tally t = month.tally(c -> criterion.apply(month, c), Set.of(teams));
			met += t.met();
			partly += t.partly();
			notMet += t.notMet();
		}
		return new Tally(met, partly, notMet);
	}

	private static int index(int year, int month) {
		return (int) (YearMonth.of(year, month).getYear() * 12L + month - (FIRST.getYear() * 12L + FIRST.getMonthValue()));
	}
}
