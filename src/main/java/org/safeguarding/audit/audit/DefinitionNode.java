package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * One mapping of a tool definition, read field by field: every problem becomes a
 * {@link ToolDefinitionException} naming the file, the criterion and the field, and what was read
 * is remembered so that unknown fields can be refused and parameters offered as placeholders.
 */
final class DefinitionNode {

	private final JsonNode node;

	/** {@code file: criterion CODE: } */
	private final String where;

	/** {@code rule.}, {@code appliesWhen[2].} or empty. */
	private final String path;

	private final Set<String> read = new LinkedHashSet<>();

	private final Map<String, String> values = new LinkedHashMap<>();

	DefinitionNode(JsonNode node, String where, String path) {
		this.node = node;
		this.where = where;
		this.path = path;
		if (node == null || !node.isObject()) {
			String name = path.isEmpty() ? "the definition" : path.substring(0, path.length() - 1);
			throw new ToolDefinitionException(where + name + " must be a mapping of fields");
		}
	}

	/** The same mapping, its fields named from here on under another context (e.g. the criterion). */
	DefinitionNode within(String where) {
		return new DefinitionNode(this.node, where, "");
	}

	ToolDefinitionException error(String field, String problem) {
		return new ToolDefinitionException(this.where + this.path + field + " " + problem);
	}

	boolean has(String field) {
		this.read.add(field);
		return this.node.has(field) && !this.node.get(field).isNull();
	}

	String text(String field) {
		JsonNode value = required(field);
		if (!value.isValueNode() || value.isContainer() || value.asString().isBlank()) {
			throw error(field, "must be a non-empty text");
		}
		return remember(field, value.asString().strip());
	}

	/** A non-empty text, or null when the field is absent. */
	String optionalText(String field) {
		if (!has(field)) {
			return null;
		}
		return text(field);
	}

	/** A whole number, 0 or more (a number of days). */
	int nonNegative(String field) {
		int number = wholeNumber(field);
		if (number < 0) {
			throw error(field, "must not be negative (was " + number + ")");
		}
		return number;
	}

	/** A whole number, 1 or more. */
	int positive(String field) {
		int number = wholeNumber(field);
		if (number < 1) {
			throw error(field, "must be at least 1 (was " + number + ")");
		}
		return number;
	}

	BigDecimal decimal(String field) {
		JsonNode value = required(field);
		if (!value.isNumber()) {
			throw error(field, "must be a number (was " + value + ")");
		}
		remember(field, value.decimalValue().toPlainString());
		return value.decimalValue();
	}

	boolean flag(String field) {
		JsonNode value = required(field);
		if (!value.isBoolean()) {
			throw error(field, "must be true or false (was " + value + ")");
		}
		remember(field, Boolean.toString(value.booleanValue()));
		return value.booleanValue();
	}

	/** A text that must be one of {@code allowed}, matched case-insensitively like the extract's codes. */
	String oneOf(String field, Set<String> allowed) {
		String value = text(field);
		return allowed.stream()
			.filter((code) -> code.equalsIgnoreCase(value))
			.findFirst()
			.map((code) -> remember(field, code))
			.orElseThrow(() -> error(field, "must be one of " + new TreeSet<>(allowed) + " (was " + value + ")"));
	}

	String eventType(String field) {
		String value = text(field);
		if (!Codes.EVENT_TYPES.contains(Codes.normal(value))) {
			throw error(field, "is not a known event type (was " + value + ")");
		}
		return remember(field, Codes.normal(value));
	}

	/** A non-empty mapping of event type to how it reads in evidence, in file order. */
	Map<String, String> eventTypeLabels(String field) {
		DefinitionNode labels = object(field);
		Map<String, String> map = new LinkedHashMap<>();
		for (String type : labels.fields()) {
			if (!Codes.EVENT_TYPES.contains(Codes.normal(type))) {
				throw labels.error(type, "is not a known event type");
			}
			map.put(Codes.normal(type), labels.text(type));
		}
		if (map.isEmpty()) {
			throw error(field, "must name at least one event type");
		}
		remember(field, String.join(", ", map.values()));
		return map;
	}

	/** A non-empty list of texts. */
	List<String> texts(String field) {
		JsonNode value = required(field);
		List<String> texts = new ArrayList<>();
		if (value.isArray()) {
			value.forEach((item) -> texts.add(item.isValueNode() ? item.asString().strip() : ""));
		}
		if (texts.isEmpty() || texts.stream().anyMatch(String::isEmpty)) {
			throw error(field, "must be a non-empty list of texts");
		}
		remember(field, String.join(", ", texts));
		return texts;
	}

	DefinitionNode object(String field) {
		JsonNode value = required(field);
		if (!value.isObject()) {
			throw error(field, "must be a mapping of fields");
		}
		return new DefinitionNode(value, this.where, this.path + field + ".");
	}

	/** The mappings of a list (empty when the field is absent and {@code optional}). */
	List<DefinitionNode> objects(String field, boolean optional) {
		if (optional && !has(field)) {
			this.read.add(field);
			return List.of();
		}
		JsonNode value = required(field);
		if (!value.isArray()) {
			throw error(field, "must be a list");
		}
		List<DefinitionNode> items = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			if (!value.get(i).isObject()) {
				throw error(field + "[" + (i + 1) + "]", "must be a mapping of fields");
			}
			items.add(new DefinitionNode(value.get(i), this.where, this.path + field + "[" + (i + 1) + "]."));
		}
		return items;
	}

	/** The field names of this mapping, in file order. */
	List<String> fields() {
		return List.copyOf(this.node.propertyNames());
	}

	/** Refuses every field that nothing has read (a typo would otherwise be silently ignored). */
	void refuseUnknownFields() {
		for (String field : this.node.propertyNames()) {
			if (!this.read.contains(field)) {
				throw error(field, "is not a known field here (known: " + String.join(", ", this.read) + ")");
			}
		}
	}

	/** What was read, as placeholder values: {@code withinDays → 7}. */
	Map<String, String> values() {
		return Map.copyOf(this.values);
	}

	private JsonNode required(String field) {
		this.read.add(field);
		if (!has(field)) {
			throw error(field, "is missing");
		}
		return this.node.get(field);
	}

	private int wholeNumber(String field) {
		JsonNode value = required(field);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw error(field, "must be a whole number (was " + value + ")");
		}
		remember(field, Integer.toString(value.intValue()));
		return value.intValue();
	}

	private String remember(String field, String value) {
		this.values.put(field, value);
		return value;
	}
}
