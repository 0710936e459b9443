package org.safeguarding.audit.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One criterion of an audit tool, as its definition file describes it: when it applies, the rule
 * that judges it, and how its evidence reads for each outcome.
 */
public final class Criterion {

	private final String code;

	private final String title;

	private final String learning;

	private final String why;

	private final String checks;

	private final int weight;

	private final boolean limiting;

	private final List<AppliesWhen> appliesWhen;

	private final Rule rule;

	private final Map<String, String> ruleValues;

	private final Map<Outcome, Template> evidence;

	Criterion(String code, String title, String learning, String why, int weight, boolean limiting,
			List<AppliesWhen> appliesWhen, Rule rule, Map<String, String> ruleValues, Map<Outcome, Template> evidence) {
		this(code, title, learning, why, null, weight, limiting, appliesWhen, rule, ruleValues, evidence);
	}

	Criterion(String code, String title, String learning, String why, String checks, int weight, boolean limiting,
			List<AppliesWhen> appliesWhen, Rule rule, Map<String, String> ruleValues, Map<Outcome, Template> evidence) {
		this.checks = checks;
		this.code = code;
		this.title = title;
		this.learning = learning;
		this.why = why;
		this.weight = weight;
		this.limiting = limiting;
		this.appliesWhen = List.copyOf(appliesWhen);
		this.rule = rule;
		this.ruleValues = Map.copyOf(ruleValues);
		this.evidence = Map.copyOf(evidence);
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	/** The case-review learning the criterion comes from. */
	public String learning() {
		return this.learning;
	}

	/**
	 * Why the criterion matters, in plain words for a board member: the case-review learning it
	 * carries. Optional in a tool file; empty when the file gives none.
	 */
	public Optional<String> why() {
		return Optional.ofNullable(this.why);
	}

	/**
	 * What the criterion checks, in plain words for a board member (the rule and when it applies,
	 * without the format's codes). Optional in a tool file; empty when the file gives none.
	 */
	public Optional<String> checks() {
		return Optional.ofNullable(this.checks);
	}

	public int weight() {
		return this.weight;
	}

	/** Whether NOT_MET on this criterion makes the whole case INADEQUATE. */
	public boolean limiting() {
		return this.limiting;
	}

	CriterionOutcome evaluate(CaseFacts facts) {
		for (AppliesWhen condition : this.appliesWhen) {
			Optional<Map<String, String>> whyNot = condition.condition().whyNot(facts);
			if (whyNot.isPresent()) {
				return outcome(Outcome.NOT_APPLICABLE, condition.otherwise(),
						values(facts, condition.values(), whyNot.get()));
			}
		}
		RuleResult result = this.rule.evaluate(facts);
		return outcome(result.outcome(), this.evidence.get(result.outcome()),
				values(facts, this.ruleValues, result.values()));
	}

	@Override
	public String toString() {
		return this.code;
	}

	private CriterionOutcome outcome(Outcome outcome, Template template, Function<String, String> values) {
		return new CriterionOutcome(this.code, outcome, template.render(values));
	}

	private static Function<String, String> values(CaseFacts facts, Map<String, String> parameters,
			Map<String, String> found) {
		// What the case shows wins over the parameter of the same name, which wins over the globals.
		return (name) -> {
			if (found.containsKey(name)) {
				return found.get(name);
			}
			return parameters.containsKey(name) ? parameters.get(name) : facts.globals().get(name);
		};
	}

	/** One appliesWhen entry: the condition, its parameters and the sentence when it does not hold. */
	record AppliesWhen(String kind, Condition condition, Map<String, String> values, Template otherwise) {
	}
}
