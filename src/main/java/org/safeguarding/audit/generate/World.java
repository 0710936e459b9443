package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The partnership one seed (with a number of cases) describes. Babies are referred at a steady
 * rate from 2000-01-01 (baby {@code i} on {@link #arrival}), each team practises at its own level,
 * and practice improves slowly month by month. Teams also rise and fall over a four-year cycle
 * (managers come and go, posts fall vacant), each at its own point of it, so in any year one team
 * is getting better and another worse; and every August, with staff on leave, practice dips. A
 * drop is this world as extracted a few days after a month ends, so a baby keeps its ids and
 * history from one month's drop to the next.
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

	/** The cycle over which a team's practice rises and falls, and how far (log-odds either side). */
	static final int TEAM_CYCLE_MONTHS = 48;

	static final double TEAM_SWING = 1.2;

	/** August: practice is this much worse (log-odds), and visits and supervisions due then often slip. */
	static final double SUMMER_DIP = 0.8;

	static final double SLIPS_IN_AUGUST = 0.5;

	/**
	 * Teams with their share of referrals, how well they practise (log-odds) and the month in
	 * which they get better fastest (a quarter of the cycle later they are at their best, half a
	 * cycle later they get worse fastest); "" is Unallocated. Through 2026 Central improves, West
	 * gets worse, North is at its best and East at its worst; through 2027 North slips and East
	 * recovers. A month's audit mostly shows the practice of the months before it.
	 */
	static final List<Team> TEAMS = List.of(new Team("North", 24, 0.9, YearMonth.of(2025, 1)),
			new Team("South", 20, 0.1, null), new Team("East", 18, -0.2, YearMonth.of(2027, 1)),
			new Team("West", 15, 0.4, YearMonth.of(2024, 1)), new Team("Central", 13, -1.2, YearMonth.of(2026, 1)),
			new Team("", 10, -0.6, null));

	private static final int[] TEAM_SHARES = TEAMS.stream().mapToInt(Team::share).toArray();

	/** @param risingFastest when the team improves fastest; null for a team that stays as it is */
	record Team(String name, int share, double quality, YearMonth risingFastest) {

		double quality(int month) {
			if (this.risingFastest == null) {
				return this.quality;
			}
			int since = month - (this.risingFastest.getYear() * 12 + this.risingFastest.getMonthValue() - 1);
			return this.quality + TEAM_SWING * Math.sin(2 * Math.PI * since / TEAM_CYCLE_MONTHS);
		}
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

	Draw faultDraw(long index, YearMonth period) {
		return new Draw(Draw.mix(this.seed, index, 98, period.getYear() * 12L + period.getMonthValue()));
	}

	long styleSeed() {
		return Draw.mix(this.seed, -1);
	}

	String pickTeam(Draw draw) {
		return TEAMS.get(draw.weighted(TEAM_SHARES)).name();
	}

	/** The chance that a team does a piece of practice well on a date, {@code base} being its log-odds in 2025-07. */
	double chance(String team, LocalDate date, double base) {
		int month = date.getYear() * 12 + date.getMonthValue() - 1;
		int sinceTrendStart = Math.max(-TREND_MONTHS_BEFORE, Math.min(TREND_MONTHS_AFTER, month - TREND_START_MONTH));
		double logOdds = base + quality(team, month) + TREND_PER_MONTH * sinceTrendStart
				- (onLeave(date) ? SUMMER_DIP : 0);
		return 1 / (1 + Math.exp(-logOdds));
	}

	/** A visit, chronology update or supervision due on the date, or put off to September by summer leave. */
	LocalDate afterLeave(LocalDate due, Draw draw) {
		if (!onLeave(due) || !draw.chance(SLIPS_IN_AUGUST)) {
			return due;
		}
		return due.withMonth(9).withDayOfMonth(draw.between(1, 10));
	}

	static boolean onLeave(LocalDate date) {
		return date.getMonthValue() == 8;
	}

	private static double quality(String team, int month) {
		for (Team each : TEAMS) {
			if (each.name().equals(team)) {
				return each.quality(month);
			}
		}
		return 0;
	}
}
