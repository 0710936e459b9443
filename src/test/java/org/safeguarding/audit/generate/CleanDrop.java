package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.safeguarding.audit.generate.DropChecker.Loaded;

/** A clean drop of 3,000 cases for June 2026, loaded by {@link DropChecker}, with look-ups for the tests. */
final class CleanDrop {

	static final LocalDate S = LocalDate.of(2026, 6, 1);

	static final LocalDate A = LocalDate.of(2026, 6, 30);

	final DropChecker drop;

	final Map<String, List<Loaded>> eventsByChild;

	final Map<String, List<Loaded>> episodesByChild;

	final Map<String, Loaded> persons;

	private CleanDrop(DropChecker drop) {
		this.drop = drop;
		this.eventsByChild = drop.rows("ext_agency_events").stream().collect(Collectors.groupingBy(by("evnt_person_id")));
		this.episodesByChild = drop.rows("ssd_cin_episodes").stream().collect(Collectors.groupingBy(by("cine_person_id")));
		this.persons = drop.rows("ssd_person").stream().collect(Collectors.toMap(by("pers_person_id"), (p) -> p));
	}

	static CleanDrop generate(Path folder) throws IOException {
		ExtractGeneratorTests.generate(folder, 3000, "2026-06", 2024, 0);
		return new CleanDrop(DropChecker.check(folder));
	}

	List<Loaded> rows(String table) {
		return this.drop.rows(table);
	}

	List<Loaded> events(String type) {
		return rows("ext_agency_events").stream().filter(is("evnt_event_type", type)).toList();
	}

	List<Loaded> eventsOf(String child, Set<String> types) {
		return this.eventsByChild.getOrDefault(child, List.of()).stream()
			.filter((e) -> types.contains(DropChecker.upper(e.get("evnt_event_type"))))
			.toList();
	}

	Loaded person(String id) {
		return this.persons.get(id);
	}

	/** For each child, days from its latest completed event of the type counting at A to A. */
	Set<Long> daysSinceLatestBeforeA(String type) {
		return this.eventsByChild.values().stream()
			.map((events) -> events.stream().filter(is("evnt_event_type", type))
				.filter(is("evnt_outcome", "NOT_COMPLETED").negate())
				.filter((e) -> !e.date("evnt_event_date").isAfter(A))
				.filter((e) -> e.get("evnt_recorded_date").isEmpty() || !e.date("evnt_recorded_date").isAfter(A))
				.map((e) -> e.date("evnt_event_date"))
				.max(Comparator.naturalOrder()))
			.flatMap(Optional::stream)
			.map((latest) -> days(latest, A))
			.collect(Collectors.toSet());
	}

	LocalDate latestReferralOnOrBefore(Loaded event) {
		LocalDate date = event.date("evnt_event_date");
		return this.episodesByChild.get(event.get("evnt_person_id")).stream()
			.map((e) -> e.date("cine_referral_date"))
			.filter((referral) -> !referral.isAfter(date))
			.max(Comparator.naturalOrder())
			.orElse(date);
	}

	/** Codes compare case-insensitively. */
	static Predicate<Loaded> is(String column, String code) {
		return (row) -> row.get(column).equalsIgnoreCase(code);
	}

	static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	private static Function<Loaded, String> by(String column) {
		return (row) -> row.get(column);
	}
}
