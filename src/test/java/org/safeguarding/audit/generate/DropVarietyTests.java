package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.generate.DropChecker.Loaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.generate.CleanDrop.A;
import static org.safeguarding.audit.generate.CleanDrop.S;
import static org.safeguarding.audit.generate.CleanDrop.is;

/** A clean drop holds every kind of family, case, event and the habits of the systems that send them. */
class DropVarietyTests {

	@TempDir
	static Path dir;

	private static CleanDrop drop;

	@BeforeAll
	static void generateDrop() throws IOException {
		drop = CleanDrop.generate(dir);
	}

	@Test
	void everyEventTypeAndAgencyWithEveryOutcome() {
		List<Loaded> events = drop.rows("ext_agency_events");
		assertThat(events.stream().map((e) -> DropChecker.upper(e.get("evnt_event_type"))))
			.containsAll(DropChecker.EVENT_TYPES);
		assertThat(events.stream().map((e) -> DropChecker.upper(e.get("evnt_agency"))).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("CSC", "MIDWIFERY", "HEALTH_VISITING", "GP", "POLICE", "HOSPITAL");
		assertThat(events.stream().map((e) -> e.get("evnt_outcome")).collect(Collectors.toSet()))
			.contains("", "COMPLETED", "NOT_COMPLETED", "completed", "not_completed");
		assertThat(events).anyMatch(notCompletedWith((reason) -> reason.equals("partner present")))
			.anyMatch(notCompletedWith((reason) -> reason.contains(",")))
			.anyMatch(notCompletedWith((reason) -> reason.contains("\n")))
			.anyMatch(notCompletedWith(String::isEmpty));
	}

	@Test
	void fathersKnownNotDisclosedAndAbsent() {
		List<Loaded> fathers = drop.rows("ext_person_relationship").stream().filter(is("rela_relationship_type", "FATHER"))
			.toList();
		Set<String> withFather = fathers.stream().map((r) -> r.get("rela_person_id")).collect(Collectors.toSet());
		assertThat(drop.episodesByChild.keySet()).anyMatch((child) -> !withFather.contains(child));
		assertThat(fathers).anyMatch((r) -> r.get("rela_related_person_id").isEmpty())
			.anyMatch((r) -> !r.get("rela_related_person_id").isEmpty())
			.anyMatch((r) -> !r.get("rela_related_person_id").isEmpty()
					&& drop.person(r.get("rela_related_person_id")).get("pers_sex").isEmpty());
	}

	@Test
	void partnersAndCarersWhoComeAndGo() {
		List<Loaded> relationships = drop.rows("ext_person_relationship");
		assertThat(relationships.stream().filter(is("rela_relationship_type", "MOTHERS_PARTNER")))
			.anyMatch((r) -> !r.get("rela_end_date").isEmpty() && r.date("rela_end_date").isBefore(A))
			.anyMatch((r) -> !r.get("rela_start_date").isEmpty() && r.date("rela_start_date").isAfter(A))
			.anyMatch(is("rela_lives_with_child", "N"))
			.anyMatch((r) -> drop.person(r.get("rela_related_person_id")).get("pers_sex").equalsIgnoreCase("F"));
		assertThat(relationships.stream()
			.filter(is("rela_relationship_type", "OTHER_CARER"))
			.map((r) -> drop.person(r.get("rela_related_person_id")).get("pers_sex").toUpperCase())
			.collect(Collectors.toSet())).contains("M", "F");
		assertThat(relationships).anyMatch(is("rela_relationship_type", "OTHER"));
	}

	@Test
	void episodesAcrossTeamsSomeClosedSomeTwiceWithPlans() {
		List<Loaded> episodes = drop.rows("ssd_cin_episodes");
		assertThat(episodes.stream().map((e) -> e.get("cine_referral_team")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("North", "South", "East", "West", "Central", "");
		assertThat(episodes).anyMatch((e) -> !e.get("cine_close_date").isEmpty() && e.date("cine_close_date").isBefore(S));
		assertThat(drop.episodesByChild.values()).anyMatch((list) -> list.size() == 2)
			.anyMatch((list) -> list.size() == 2
					&& list.get(0).date("cine_referral_date").equals(list.get(1).date("cine_referral_date")));
		assertThat(drop.rows("ssd_cp_plans")).anyMatch((p) -> p.get("cppl_cp_plan_end_date").isEmpty())
			.anyMatch((p) -> !p.get("cppl_cp_plan_end_date").isEmpty());
	}

	@Test
	void factorsInBothJsonFormsWithDomesticAbuse() {
		List<String> json = drop.rows("ssd_assessment_factors").stream()
			.map((f) -> f.get("cinf_assessment_factors_json"))
			.toList();
		assertThat(json).anyMatch((j) -> j.startsWith("[") && j.contains("\"3A\""))
			.anyMatch((j) -> j.startsWith("{") && j.contains("\"3B\":\"Yes\""))
			.anyMatch((j) -> j.contains("\"3C\""))
			.anyMatch((j) -> j.contains("\"3A\":\"No\""))
			.anyMatch((j) -> j.equals("[]"));
	}

	@Test
	void datesInBothFormatsAndCodesInLowerCase() {
		assertThat(drop.rows("ext_agency_events")).anyMatch((e) -> e.get("evnt_event_date").contains("/"))
			.anyMatch((e) -> e.get("evnt_event_date").contains("-"))
			.anyMatch((e) -> e.get("evnt_event_type").equals(e.get("evnt_event_type").toLowerCase()));
		assertThat(drop.rows("ssd_person")).anyMatch((p) -> p.get("pers_dob").contains("/"))
			.anyMatch((p) -> p.get("pers_sex").equals("m"))
			.anyMatch((p) -> !p.get("pers_dob").isEmpty() && p.date("pers_dob").isAfter(A));
		assertThat(drop.rows("ext_person_relationship")).anyMatch((r) -> r.get("rela_relationship_type").equals("father"));
	}

	private static Predicate<Loaded> notCompletedWith(Predicate<String> reason) {
		return (e) -> e.get("evnt_outcome").equalsIgnoreCase("NOT_COMPLETED") && reason.test(e.get("evnt_reason"));
	}
}
