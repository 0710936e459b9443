package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.generate.DropChecker.Loaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.generate.CleanDrop.A;
import static org.safeguarding.audit.generate.CleanDrop.days;

/** A clean drop puts dates on both sides of every window of the "babies under one" tool. */
class WindowCoverageTests {

	@TempDir
	static Path dir;

	private static CleanDrop drop;

	@BeforeAll
	static void generateDrop() throws IOException {
		drop = CleanDrop.generate(dir);
	}

	@Test
	void gpNotifiedWithinSevenDaysAndFromEightDays() {
		Set<Long> days = drop.events("GP_NOTIFIED").stream()
			.map((e) -> days(drop.latestReferralOnOrBefore(e), e.date("evnt_event_date")))
			.collect(Collectors.toSet());
		assertThat(days).contains(0L, 7L, 8L, 20L);
	}

	@Test
	void latestTasksOnBothSidesOfTheirWindowsBeforeTheAuditDate() {
		assertThat(drop.daysSinceLatestBeforeA("HOUSEHOLD_VERIFIED")).contains(90L, 91L);
		assertThat(drop.daysSinceLatestBeforeA("CHRONOLOGY_UPDATED")).contains(28L, 29L);
		assertThat(drop.daysSinceLatestBeforeA("SUPERVISION")).contains(31L, 32L);
	}

	@Test
	void referralsOnBothSidesOfWhenCriteriaApply() {
		Set<Long> days = drop.rows("ssd_cin_episodes").stream()
			.map((e) -> days(e.date("cine_referral_date"), A))
			.collect(Collectors.toSet());
		assertThat(days).contains(6L, 7L, 27L, 28L, 30L, 31L, -1L);
	}

	@Test
	void preBirthAssessmentsTwentyEightDaysBeforeDueAndLater() {
		Set<Long> before = drop.events("PRE_BIRTH_ASSESSMENT").stream()
			.map((e) -> drop.person(e.get("evnt_person_id")))
			.filter((baby) -> !baby.get("pers_expected_dob").isEmpty())
			.flatMap((baby) -> drop.eventsOf(baby.get("pers_person_id"), Set.of("PRE_BIRTH_ASSESSMENT")).stream()
				.map((e) -> days(e.date("evnt_event_date"), baby.date("pers_expected_dob"))))
			.collect(Collectors.toSet());
		assertThat(before).contains(5L, 27L, 28L, 40L);
	}

	@Test
	void bruisingUnderAndOverSixMonthsAnsweredWithinADayAndLater() {
		List<Loaded> bruising = drop.events("BRUISING_OBSERVED");
		Set<Long> ages = bruising.stream()
			.map((e) -> days(drop.person(e.get("evnt_person_id")).date("pers_dob"), e.date("evnt_event_date")))
			.collect(Collectors.toSet());
		assertThat(ages).contains(182L, 183L).anyMatch((age) -> age < 100).anyMatch((age) -> age > 200);
		Set<Long> answered = bruising.stream()
			.flatMap((b) -> drop.eventsOf(b.get("evnt_person_id"), Set.of("REFERRAL_TO_CSC", "CP_MEDICAL")).stream()
				.map((e) -> days(b.date("evnt_event_date"), e.date("evnt_event_date"))))
			.collect(Collectors.toSet());
		assertThat(answered).contains(0L, 1L, 2L, 3L);
	}

	@Test
	void babiesJustUnderAndJustOverOneYearAndUnborn() {
		List<Loaded> babies = drop.episodesByChild.keySet().stream().map(drop::person).toList();
		Set<Long> ages = babies.stream()
			.filter((p) -> !p.get("pers_dob").isEmpty())
			.map((p) -> days(p.date("pers_dob"), A))
			.collect(Collectors.toSet());
		assertThat(ages).contains(-1L, 27L, 28L, 183L, 364L, 365L, 400L);
		List<Loaded> unborn = babies.stream().filter((p) -> p.get("pers_dob").isEmpty()).toList();
		assertThat(unborn).anyMatch((p) -> p.date("pers_expected_dob").isAfter(A.plusDays(120)))
			.anyMatch((p) -> p.date("pers_expected_dob").isBefore(A));
	}

	@Test
	void recordsContemporaneousLateAndAfterTheAuditDate() {
		List<Loaded> events = drop.rows("ext_agency_events");
		Set<Long> lags = events.stream()
			.filter((e) -> !e.get("evnt_recorded_date").isEmpty())
			.map((e) -> days(e.date("evnt_event_date"), e.date("evnt_recorded_date")))
			.collect(Collectors.toSet());
		assertThat(lags).contains(0L, 2L, 3L, 15L);
		assertThat(events).anyMatch((e) -> e.get("evnt_recorded_date").isEmpty())
			.anyMatch((e) -> !e.get("evnt_recorded_date").isEmpty() && e.date("evnt_recorded_date").isAfter(A)
					&& !e.date("evnt_event_date").isAfter(A));
	}

	@Test
	void plansSharedBeforeAndAfterTheyStart() {
		Set<Long> shared = drop.rows("ssd_cp_plans").stream()
			.flatMap((p) -> drop.eventsOf(p.get("cppl_person_id"), Set.of("PLAN_SHARED_WITH_PARENTS")).stream()
				.map((e) -> days(p.date("cppl_cp_plan_start_date"), e.date("evnt_event_date"))))
			.collect(Collectors.toSet());
		assertThat(shared).contains(-1L, 0L, 5L);
	}
}
