package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads one criterion of a tool definition, checking everything before any case is scored. */
final class CriterionReader {

	/** Placeholders every template may use, whatever the rule or condition. */
	static final Set<String> GLOBALS = Set.of("auditDate", "period");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private CriterionReader() {
	}

	/** {@code number} counts from 1 and names the criterion until its code is known. */
	static Criterion read(DefinitionNode unnamed, String file, int number) {
		String code = unnamed.within(file + ": criterion #" + number + ": ").text("code");
		if (!CODE.matcher(code).matches()) {
			throw unnamed.within(file + ": criterion #" + number + ": ")
				.error("code", "must be upper-case letters, digits and _ (was " + code + ")");
		}
		DefinitionNode node = unnamed.within(file + ": criterion " + code + ": ");
		node.text("code");
		String title = node.text("title");
		String learning = node.text("learning");
		String why = node.optionalText("why");
		String checks = node.optionalText("checks");
		int weight = node.positive("weight");
		boolean limiting = node.flag("limiting");
		List<Criterion.AppliesWhen> appliesWhen = appliesWhen(node.objects("appliesWhen", true));
		DefinitionNode ruleNode = node.object("rule");
		String kind = ruleNode.text("kind");
		Rule rule = lookUp(RuleKinds.KINDS, ruleNode, "kind", "rule kind").apply(ruleNode);
		ruleNode.refuseUnknownFields();
		Set<String> listed = new TreeSet<>(appliesWhen.stream().map(Criterion.AppliesWhen::kind).toList());
		for (String needed : new TreeSet<>(rule.needs())) {
			if (!listed.contains(needed)) {
				throw ruleNode.error("kind", kind + " needs the condition " + needed + " in appliesWhen");
			}
		}
		Map<String, String> parameters = parameters(ruleNode, "kind");
		Map<Outcome, Template> evidence = evidence(node.object("evidence"), kind, rule, parameters);
		node.refuseUnknownFields();
		return new Criterion(code, title, learning, why, checks, weight, limiting, appliesWhen, rule, parameters,
				evidence);
	}

	private static List<Criterion.AppliesWhen> appliesWhen(List<DefinitionNode> entries) {
		List<Criterion.AppliesWhen> conditions = new ArrayList<>();
		for (DefinitionNode entry : entries) {
			String kind = entry.text("condition");
			Condition condition = lookUp(Conditions.KINDS, entry, "condition", "condition").apply(entry);
			for (String needed : new TreeSet<>(condition.needs())) {
				if (conditions.stream().noneMatch((earlier) -> earlier.kind().equals(needed))) {
					throw entry.error("condition", kind + " needs the condition " + needed + " before it");
				}
			}
			Map<String, String> parameters = parameters(entry, "condition");
			Template otherwise = template(entry, "otherwise", known(condition.placeholders(), parameters));
			entry.refuseUnknownFields();
			conditions.add(new Criterion.AppliesWhen(kind, condition, parameters, otherwise));
		}
		return conditions;
	}

	private static Map<Outcome, Template> evidence(DefinitionNode node, String kind, Rule rule,
			Map<String, String> parameters) {
		Map<Outcome, Set<String>> gives = new EnumMap<>(rule.placeholders());
		for (String field : node.fields()) {
			boolean outcome = Arrays.stream(Outcome.values()).anyMatch((o) -> o.name().equals(field));
			if (!outcome || !gives.containsKey(Outcome.valueOf(field))) {
				throw node.error(field, "is not an outcome that rule kind " + kind + " gives (it gives "
						+ String.join(", ", gives.keySet().stream().map(Outcome::name).toList()) + ")");
			}
		}
		Map<Outcome, Template> templates = new EnumMap<>(Outcome.class);
		gives.forEach((outcome, placeholders) -> templates.put(outcome,
				template(node, outcome.name(), known(placeholders, parameters))));
		return templates;
	}

	private static Template template(DefinitionNode node, String field, Set<String> known) {
		Template template;
		try {
			template = Template.parse(node.text(field));
		}
		catch (IllegalArgumentException ex) {
			throw node.error(field, ex.getMessage());
		}
		List<String> unknown = template.unknown(known);
		if (!unknown.isEmpty()) {
			throw node.error(field, "uses unknown placeholder {" + unknown.get(0) + "} (known: "
					+ String.join(", ", new TreeSet<>(known)) + ")");
		}
		return template;
	}

	private static <T> Function<DefinitionNode, T> lookUp(Map<String, Function<DefinitionNode, T>> kinds,
			DefinitionNode node, String field, String what) {
		String kind = node.text(field);
		Function<DefinitionNode, T> factory = kinds.get(kind);
		if (factory == null) {
			throw node.error(field, "is not a known " + what + " (was " + kind + "; known: "
					+ String.join(", ", new TreeSet<>(kinds.keySet())) + ")");
		}
		return factory;
	}

	/** What the entry read, as placeholder values, without the field that names its kind. */
	private static Map<String, String> parameters(DefinitionNode node, String kindField) {
		Map<String, String> parameters = new HashMap<>(node.values());
		parameters.remove(kindField);
		return parameters;
	}

	private static Set<String> known(Set<String> placeholders, Map<String, String> parameters) {
		Set<String> known = new TreeSet<>(placeholders);
		known.addAll(parameters.keySet());
		known.addAll(GLOBALS);
		return known;
	}
}
