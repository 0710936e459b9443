package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The partnership one seed (with a number of cases) describes. Babies are referred at a steady
 * rate from 2000-01-01 (baby {@code i} on {@link #arrival}), each team practises at its own level,
 * and practice improves slowly month by month. A drop is this world as extracted a few days after
 * a month ends, so a baby keeps its ids and history from one month's drop to the next.
 */
final class World {

	static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

	/** Mean days a baby spends in the drops; it sets the rate so a drop holds about {@code cases} babies. */
	private static final long MEAN_DAYS_IN_DROPS = 353;

	/** Practice gets better by this (log-odds) every month from the start month, within the limits. */
	private static final double TREND_PER_MONTH = 0.04;

	private static final int TREND_START_MONTH = 2025 * 12 + 6;

	private static final int TREND_MONTHS_BEFORE = 36;

	private static final int TREND_MONTHS_AFTER = 48;

	/** Teams with their share of referrals and how well they practise (log-odds); "" is Unallocated. */
	static final List<Team> TEAMS = List.of(new Team("North", 24, 0.9), new Team("South", 20, 0.1),
			new Team("East", 18, -0.2), new Team("West", 15, 0.4), new Team("Central", 13, -1.2),
			new Team("", 10, -0.6));

	private static final int[] TEAM_SHARES = TEAMS.stream().mapToInt(Team::share).toArray();

	record Team(String name, int share, double quality) {
	}

	private final long seed;

	private final int cases;

	World(long seed, int cases) {
		this.seed = seed;
		this.cases = cases;
	}

	LocalDate arrival(long index) {
		return EPOCH.plusDays(Math.floorDiv(index * MEAN_DAYS_IN_DROPS, this.cases));
	}

	/** The first baby referred on or after the day (the day not before the epoch). */
	long firstIndexFrom(LocalDate day) {
		long days = day.toEpochDay() - EPOCH.toEpochDay();
		return -Math.floorDiv(-days * this.cases, MEAN_DAYS_IN_DROPS);
	}

	Draw draw(long index, int stream) {
		return new Draw(Draw.mix(this.seed, index, stream));
	}

	Draw badRowDraw(long index, YearMonth period) {
		return new Draw(Draw.mix(this.seed, index, 99, period.getYear() * 12L + period.getMonthValue()));
	}

	long styleSeed() {
		return Draw.mix(this.seed, -1);
	}

	String pickTeam(Draw draw) {
		return TEAMS.get(draw.weighted(TEAM_SHARES)).name();
	}

	/** The chance that a team does a piece of practice well on a date, {@code base} being its log-odds in 2025-07. */
	double chance(String team, LocalDate date, double base) {
		int month = date.getYear() * 12 + date.getMonthValue() - 1 - TREND_START_MONTH;
		month = Math.max(-TREND_MONTHS_BEFORE, Math.min(TREND_MONTHS_AFTER, month));
		double logOdds = base + quality(team) + TREND_PER_MONTH * month;
		return 1 / (1 + Math.exp(-logOdds));
	}

	private static double quality(String team) {
		for (Team each : TEAMS) {
			if (each.name().equals(team)) {
				return each.quality();
			}
		}
		return 0;
	}
}
