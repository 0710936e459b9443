package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.audit.generate.DropChecker.Loaded;

/**
 * One generated month read as the loader would ({@link DropChecker}) and a few criteria of the
 * tool worked out again by plain counting from the spec's wording, small and independently of
 * the product's scoring: enough to see whether a month shows what the demo is meant to show.
 */
final class DemoMonth {

	/** A baby in the month's cohort: its current episode's referral date and team, birth date (null when unborn). */
	record Case(String id, LocalDate referral, String team, LocalDate born) {
	}

	/** Counts of one criterion over some cases. */
	record Tally(int met, int partly, int notMet) {

		int applicable() {
			return this.met + this.partly + this.notMet;
		}

		double share() {
			return (double) this.met / applicable();
		}
	}

	enum Outcome {
		MET, PARTLY, NOT_MET, NOT_APPLICABLE
	}

	final YearMonth period;

	final LocalDate start;

	final LocalDate auditDate;

	final int rejectedRows;

	final List<Case> cases = new ArrayList<>();

	private final Map<String, List<Loaded>> events;

	private final Map<String, List<Loaded>> relationships;

	private DemoMonth(YearMonth period, DropChecker drop) {
		this.period = period;
		this.start = period.atDay(1);
		this.auditDate = period.atEndOfMonth();
		this.rejectedRows = drop.rejections.size();
		this.events = drop.rows("ext_agency_events").stream()
			.filter(e -> counts(e))
			.collect(Collectors.groupingBy(e -> e.get("evnt_person_id")));
		this.relationships = drop.rows("ext_person_relationship").stream()
			.collect(Collectors.groupingBy(r -> r.get("rela_person_id")));
		Map<String, Loaded> persons = drop.rows("ssd_person").stream()
			.collect(Collectors.toMap(p -> p.get("pers_person_id"), Function.identity()));
		Map<String, List<Loaded>> episodes = drop.rows("ssd_cin_episodes").stream()
			.filter(this::qualifies)
			.collect(Collectors.groupingBy(e -> e.get("cine_person_id")));
		episodes.forEach((child, list) -> cohort(persons.get(child), list).ifPresent(this.cases::add));
	}

	static DemoMonth read(YearMonth period, Path drop) throws IOException {
		return new DemoMonth(period, DropChecker.check(drop));
	}

	/** SUPERVISION_CURRENT: referred 31 days or more before A; met when supervised within 31 days of A. */
	Outcome supervision(Case c) {
		if (days(c.referral(), this.auditDate) < 31) {
			return Outcome.NOT_APPLICABLE;
		}
		Optional<LocalDate> latest = completed(c, "SUPERVISION").max(Comparator.naturalOrder());
		return latest.isEmpty() ? Outcome.NOT_MET : days(latest.get(), this.auditDate) <= 31 ? Outcome.MET : Outcome.PARTLY;
	}

	/** SAFE_SLEEP: born; met with both safe-sleep advice and a co-sleeping assessment. */
	Outcome safeSleep(Case c) {
		if (c.born() == null) {
			return Outcome.NOT_APPLICABLE;
		}
		long done = completed(c, "SAFE_SLEEP_ADVICE").findAny().stream().count()
				+ completed(c, "CO_SLEEPING_ASSESSED").findAny().stream().count();
		return done == 2 ? Outcome.MET : done == 1 ? Outcome.PARTLY : Outcome.NOT_MET;
	}

	/** GP_INFORMED: referred 7 days or more before A; met when the GP was told within 7 days of the referral. */
	Outcome gpInformed(Case c) {
		if (days(c.referral(), this.auditDate) < 7) {
			return Outcome.NOT_APPLICABLE;
		}
		Optional<LocalDate> first = completed(c, "GP_NOTIFIED").filter(d -> !d.isBefore(c.referral()))
			.min(Comparator.naturalOrder());
		return first.isEmpty() ? Outcome.NOT_MET : days(c.referral(), first.get()) <= 7 ? Outcome.MET : Outcome.PARTLY;
	}

	/** FATHER_IDENTIFIED: met when a FATHER relationship on record by A names the father. */
	Outcome father(Case c) {
		List<Loaded> fathers = this.relationships.getOrDefault(c.id(), List.of()).stream()
			.filter(r -> DropChecker.upper(r.get("rela_relationship_type")).equals("FATHER"))
			.filter(r -> r.get("rela_start_date").isEmpty() || !r.date("rela_start_date").isAfter(this.auditDate))
			.toList();
		if (fathers.isEmpty()) {
			return Outcome.NOT_MET;
		}
		return fathers.stream().anyMatch(r -> !r.get("rela_related_person_id").isEmpty()) ? Outcome.MET : Outcome.PARTLY;
	}

	/** BRUISING_RESPONSE: bruising seen under 183 days old; referral and CP medical within a day of it. */
	Outcome bruising(Case c) {
		if (c.born() == null) {
			return Outcome.NOT_APPLICABLE;
		}
		Optional<LocalDate> seen = completed(c, "BRUISING_OBSERVED")
			.filter(x -> !x.isBefore(c.born()) && days(c.born(), x) < 183)
			.min(Comparator.naturalOrder());
		if (seen.isEmpty()) {
			return Outcome.NOT_APPLICABLE;
		}
		LocalDate x = seen.get();
		boolean referred = completed(c, "REFERRAL_TO_CSC").anyMatch(d -> !d.isBefore(x) && !d.isAfter(x.plusDays(1)));
		boolean medical = completed(c, "CP_MEDICAL").anyMatch(d -> !d.isBefore(x) && !d.isAfter(x.plusDays(1)));
		if (referred && medical) {
			return Outcome.MET;
		}
		boolean anything = completed(c, "REFERRAL_TO_CSC").anyMatch(d -> !d.isBefore(x))
				|| completed(c, "CP_MEDICAL").anyMatch(d -> !d.isBefore(x));
		return anything ? Outcome.PARTLY : Outcome.NOT_MET;
	}

	/** The criterion's counts over the cases of the teams given (all teams when none). */
	Tally tally(Function<Case, Outcome> criterion, Set<String> teams) {
		int[] n = new int[3];
		for (Case c : this.cases) {
			Outcome outcome = criterion.apply(c);
			if ((teams.isEmpty() || teams.contains(c.team())) && outcome != Outcome.NOT_APPLICABLE) {
				n[outcome.ordinal()]++;
			}
		}
		return new Tally(n[0], n[1], n[2]);
	}

	private java.util.stream.Stream<LocalDate> completed(Case c, String type) {
		return this.events.getOrDefault(c.id(), List.of()).stream()
			.filter(e -> DropChecker.upper(e.get("evnt_event_type")).equals(type))
			.filter(e -> e.get("evnt_outcome").isEmpty() || DropChecker.upper(e.get("evnt_outcome")).equals("COMPLETED"))
			.map(e -> e.date("evnt_event_date"));
	}

	private boolean counts(Loaded event) {
		String recorded = event.get("evnt_recorded_date");
		return !event.date("evnt_event_date").isAfter(this.auditDate)
				&& (recorded.isEmpty() || !DropChecker.date(recorded).isAfter(this.auditDate));
	}

	private boolean qualifies(Loaded episode) {
		String close = episode.get("cine_close_date");
		return !episode.date("cine_referral_date").isAfter(this.auditDate)
				&& (close.isEmpty() || !DropChecker.date(close).isBefore(this.start));
	}

	private Optional<Case> cohort(Loaded person, List<Loaded> episodes) {
		String dob = person.get("pers_dob");
		boolean born = !dob.isEmpty() && !DropChecker.date(dob).isAfter(this.auditDate);
		boolean baby = born ? days(DropChecker.date(dob), this.auditDate) <= 364
				: !dob.isEmpty() || !person.get("pers_expected_dob").isEmpty();
		if (!baby) {
			return Optional.empty();
		}
		Loaded current = episodes.stream()
			.max(Comparator.comparing((Loaded e) -> e.date("cine_referral_date"))
				.thenComparing(e -> e.get("cine_referral_id")))
			.orElseThrow();
		String team = current.get("cine_referral_team").isEmpty() ? "Unallocated" : current.get("cine_referral_team");
		return Optional.of(new Case(person.get("pers_person_id"), current.date("cine_referral_date"), team,
				born ? DropChecker.date(dob) : null));
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}
}
