package org.safeguarding.audit.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.OCTOBER;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;

class CohortTests {

	@Test
	void babyBorn364DaysBeforeTheAuditDateIsInTheCohort() {
		assertThat(select(baby().born(A.minusDays(364)).referred("E1", A))).isTrue();
	}

	@Test
	void babyBorn365DaysBeforeTheAuditDateIsNot() {
		assertThat(select(baby().born(A.minusDays(365)).referred("E1", A))).isFalse();
	}

	@Test
	void babyBornOnTheAuditDateIsInTheCohortAsBorn() {
		Baby baby = baby().born(A).referred("E1", A);
		assertThat(baby.facts().birth()).contains(A);
	}

	@Test
	void unbornBabyWithAnExpectedDateIsInTheCohort() {
		Baby baby = baby().due(A.plusDays(40)).referred("E1", S);
		assertThat(select(baby)).isTrue();
		assertThat(baby.facts().birth()).isEmpty();
	}

	@Test
	void babyWhoseDateOfBirthIsAfterTheAuditDateIsUnbornAtIt() {
		Baby baby = baby().born(A.plusDays(1)).referred("E1", S);
		assertThat(select(baby)).isTrue();
		assertThat(baby.facts().birth()).isEmpty();
		assertThat(baby.facts().due()).contains(A.plusDays(1));
	}

	@Test
	void childWithNeitherDateOfBirthNorExpectedDateIsNotInTheCohort() {
		assertThat(select(baby().referred("E1", S))).isFalse();
	}

	@Test
	void childWithoutAnEpisodeIsNotInTheCohort() {
		assertThat(select(baby().born(A.minusDays(10)))).isFalse();
	}

	@Test
	void episodeReferredAfterTheAuditDateDoesNotQualify() {
		assertThat(select(baby().born(A.minusDays(10)).referred("E1", A.plusDays(1)))).isFalse();
		assertThat(select(baby().born(A.minusDays(10)).referred("E1", A))).isTrue();
	}

	@Test
	void episodeClosedOnThePeriodsFirstDayQualifies() {
		assertThat(select(baby().born(A.minusDays(90)).episode("E1", S.minusDays(60), S, "North"))).isTrue();
	}

	@Test
	void episodeClosedBeforeThePeriodDoesNot() {
		assertThat(select(baby().born(A.minusDays(90)).episode("E1", S.minusDays(60), S.minusDays(1), "North")))
			.isFalse();
	}

	@Test
	void currentEpisodeIsTheQualifyingOneReferredLast() {
		AuditCase auditCase = baby().born(A.minusDays(90))
			.episode("E1", S.minusDays(60), null, "North")
			.episode("E2", S.minusDays(10), A, "South")
			.episode("E3", S.minusDays(5), S.minusDays(1), "East")
			.episode("E4", A.plusDays(1), null, "West")
			.auditCase();
		assertThat(auditCase.currentEpisode().referralId()).isEqualTo("E2");
		assertThat(auditCase.team()).isEqualTo("South");
		assertThat(auditCase.caseId()).isEqualTo("P1");
		assertThat(auditCase.period()).isEqualTo(OCTOBER);
	}

	@Test
	void tieOnReferralDateGoesToTheGreatestReferralIdInByteOrder() {
		AuditCase auditCase = baby().born(A.minusDays(90))
			.episode("E9", S, null, "North")
			.episode("E10", S, null, "South")
			.auditCase();
		assertThat(auditCase.currentEpisode().referralId()).isEqualTo("E9");
	}

	@Test
	void byteOrderIsThatOfUtf8NotOfJavaStrings() {
		// U+FF21 sorts after U+1F600 in UTF-16 code units but before it in UTF-8 bytes.
		AuditCase auditCase = baby().born(A.minusDays(90))
			.episode("E\uD83D\uDE00", S, null, "North")
			.episode("E\uFF21", S, null, "South")
			.auditCase();
		assertThat(auditCase.team()).isEqualTo("North");
	}

	@Test
	void episodeWithoutATeamIsUnallocated() {
		assertThat(baby().born(A.minusDays(90)).episode("E1", S, null, " ").auditCase().team())
			.isEqualTo("Unallocated");
		assertThat(baby().born(A.minusDays(90)).episode("E1", S, null, null).auditCase().team())
			.isEqualTo("Unallocated");
	}

	private static boolean select(Baby baby) {
		return Cohort.select(baby.file(), baby.auditPeriod()).isPresent();
	}
}
