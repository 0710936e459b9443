package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.A;
import static org.safeguarding.audit.audit.Baby.S;
import static org.safeguarding.audit.audit.Baby.baby;
import static org.safeguarding.audit.audit.Baby.bornAndReferred;
import static org.safeguarding.audit.audit.Baby.typical;

/** Each appliesWhen condition on its own: holds (empty) or says why not. */
class ConditionsTests {

	@Test
	void bornHoldsOnceTheDateOfBirthIsReached() {
		assertThat(new Conditions.Born().whyNot(bornAndReferred(A, S).facts())).isEmpty();
		assertThat(new Conditions.Born().whyNot(baby().born(A.plusDays(1)).referred("E1", S).facts()))
			.contains(Map.of("due", A.plusDays(1).toString()));
	}

	@Test
	void ageInDaysHoldsFromExactlyThatAge() {
		Conditions.AgeInDays fourWeeks = new Conditions.AgeInDays(28);
		assertThat(fourWeeks.whyNot(bornAndReferred(A.minusDays(28), S).facts())).isEmpty();
		assertThat(fourWeeks.whyNot(bornAndReferred(A.minusDays(27), S).facts())).contains(Map.of("age", "27"));
		assertThat(fourWeeks.needs()).containsExactly("born");
	}

	@Test
	void daysSinceReferralHoldsFromExactlyThatManyDays() {
		Conditions.DaysSinceReferral week = new Conditions.DaysSinceReferral(7);
		assertThat(week.whyNot(bornAndReferred(S, A.minusDays(7)).facts())).isEmpty();
		assertThat(week.whyNot(bornAndReferred(S, A.minusDays(6)).facts()))
			.contains(Map.of("days", "6", "referral", A.minusDays(6).toString()));
	}

	@Test
	void dueDateKnownFromTheExpectedDateOrTheDateOfBirth() {
		assertThat(Conditions.DUE_DATE_KNOWN.whyNot(typical().facts())).isEmpty();
		assertThat(Conditions.DUE_DATE_KNOWN.whyNot(baby().due(A.plusDays(9)).referred("E1", S).facts())).isEmpty();
	}

	@Test
	void referredBeforeBirthWhenUnbornOrReferredTheDayBeforeBirth() {
		Conditions.ReferredBeforeBirth condition = new Conditions.ReferredBeforeBirth();
		assertThat(condition.whyNot(baby().due(A.plusDays(9)).referred("E1", S).facts())).isEmpty();
		assertThat(condition.whyNot(bornAndReferred(S, S.minusDays(1)).facts())).isEmpty();
		assertThat(condition.whyNot(bornAndReferred(S, S).facts()))
			.contains(Map.of("referral", S.toString(), "birth", S.toString()));
	}

	@Test
	void cpPlanHoldsForAPlanOpenInThePeriod() {
		assertThat(Conditions.CP_PLAN.whyNot(typical().plan("C1", S.minusDays(9), S).facts())).isEmpty();
		assertThat(Conditions.CP_PLAN.whyNot(typical().plan("C1", S.minusDays(9), S.minusDays(1)).facts()))
			.contains(Map.of());
	}

	@Test
	void assessmentFactorHoldsWhenAnyListedFactorWasFound() {
		Conditions.AssessmentFactor domesticAbuse = new Conditions.AssessmentFactor(Set.of("3a", "3B", "3C"));
		assertThat(domesticAbuse.whyNot(typical().assessment("A1", A, "3A").facts())).isEmpty();
		assertThat(domesticAbuse.whyNot(typical().assessment("A1", A, "4B", "2A").facts()))
			.contains(Map.of("factors", "2A, 4B"));
		assertThat(domesticAbuse.whyNot(typical().assessment("A1", A.plusDays(1), "3A").facts()))
			.contains(Map.of("factors", "none"));
	}

	@Test
	void everyConditionKindCanBeNamedInADefinition() {
		assertThat(Conditions.KINDS).containsOnlyKeys("born", "age-in-days", "days-since-referral", "due-date-known",
				"referred-before-birth", "cp-plan", "assessment-factor");
	}
}
