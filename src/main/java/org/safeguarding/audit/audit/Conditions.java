package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The condition kinds a criterion may list under appliesWhen, by the name a definition uses. */
final class Conditions {

	static final Map<String, Function<DefinitionNode, Condition>> KINDS = Map.of(
			"born", (node) -> new Born(),
			"age-in-days", (node) -> new AgeInDays(node.nonNegative("atLeast")),
			"days-since-referral", (node) -> new DaysSinceReferral(node.nonNegative("atLeast")),
			"due-date-known", (node) -> Conditions.DUE_DATE_KNOWN,
			"referred-before-birth", (node) -> new ReferredBeforeBirth(),
			"cp-plan", (node) -> Conditions.CP_PLAN,
			"assessment-factor", (node) -> new AssessmentFactor(new LinkedHashSet<>(node.texts("anyOf"))));

	/** D (expected date of birth, else date of birth) is recorded. */
	static final Condition DUE_DATE_KNOWN = new Known(CaseFacts::due);

	/** The child has a CP plan that started by A and had not ended before S. */
	static final Condition CP_PLAN = new Known(CaseFacts::cpPlanStart);

	private Conditions() {
	}

	private static Optional<Map<String, String>> unless(boolean holds, Map<String, String> why) {
		return holds ? Optional.empty() : Optional.of(why);
	}

	/** The child is born at the audit date (B exists). */
	record Born() implements Condition {

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			return unless(facts.birth().isPresent(),
					Map.of("due", facts.due().map(LocalDate::toString).orElse("not recorded")));
		}

		@Override
		public Set<String> placeholders() {
			return Set.of("due");
		}
	}

	/** The born child is at least {@code atLeast} days old at the audit date: days(B, A) >= atLeast. */
	record AgeInDays(int atLeast) implements Condition {

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			long age = CaseFacts.days(facts.birth().orElseThrow(), facts.auditDate());
			return unless(age >= this.atLeast, Map.of("age", Long.toString(age)));
		}

		@Override
		public Set<String> placeholders() {
			return Set.of("age");
		}

		@Override
		public Set<String> needs() {
			return Set.of("born");
		}
	}

	/** The current episode was referred at least {@code atLeast} days before A: days(R, A) >= atLeast. */
	record DaysSinceReferral(int atLeast) implements Condition {

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			long days = CaseFacts.days(facts.referralDate(), facts.auditDate());
			return unless(days >= this.atLeast,
					Map.of("days", Long.toString(days), "referral", facts.referralDate().toString()));
		}

		@Override
		public Set<String> placeholders() {
			return Set.of("days", "referral");
		}
	}

	/** Holds when the case has the fact (a date the criteria need); nothing to say when it has not. */
	record Known(Function<CaseFacts, Optional<?>> fact) implements Condition {

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			return unless(this.fact.apply(facts).isPresent(), Map.of());
		}

		@Override
		public Set<String> placeholders() {
			return Set.of();
		}
	}

	/** The current episode was referred before birth: unborn at A, or R < B. */
	record ReferredBeforeBirth() implements Condition {

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			Optional<LocalDate> birth = facts.birth();
			boolean before = birth.isEmpty() || facts.referralDate().isBefore(birth.get());
			return unless(before, Map.of("referral", facts.referralDate().toString(), "birth",
					birth.map(LocalDate::toString).orElse("")));
		}

		@Override
		public Set<String> placeholders() {
			return Set.of("referral", "birth");
		}
	}

	/** An assessment that started by A found one of these factors (CIN census codes). */
	record AssessmentFactor(Set<String> anyOf) implements Condition {

		AssessmentFactor {
			anyOf = anyOf.stream().map(Codes::normal).collect(Collectors.toUnmodifiableSet());
		}

		@Override
		public Optional<Map<String, String>> whyNot(CaseFacts facts) {
			Set<String> found = facts.assessmentFactors();
			boolean holds = found.stream().anyMatch(this.anyOf::contains);
			return unless(holds, Map.of("factors", found.isEmpty() ? "none" : String.join(", ", new TreeSet<>(found))));
		}

		@Override
		public Set<String> placeholders() {
			return Set.of("factors");
		}
	}
}
