package org.safeguarding.audit.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code cinf_assessment_factors_json}: an array of factor codes {@code ["3A","4B"]}, or an
 * object of codes to "Yes"/"No" ({@code {"3A":"Yes","4B":"No"}} is 3A only). Codes come back
 * trimmed, upper case, in the order given, without repeats.
 */
final class FactorList {

	// Strict so that a repeated key ({"3A":"Yes","3A":"No"}) or text after the JSON is rejected,
	// not silently resolved.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private FactorList() {
	}

	/** The factor codes, or null when the text is not one of the two forms. */
	static String[] parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return null;
		}
		List<String> codes = new ArrayList<>();
		if (root != null && root.isArray()) {
			for (JsonNode element : root) {
				if (!element.isString()) {
					return null;
				}
				codes.add(element.stringValue());
			}
		}
		else if (root != null && root.isObject()) {
			for (Map.Entry<String, JsonNode> entry : root.properties()) {
				Boolean yes = yesOrNo(entry.getValue());
				if (yes == null) {
					return null;
				}
				if (yes) {
					codes.add(entry.getKey());
				}
			}
			if (hasBlankOrRepeatedCode(root.propertyNames())) {
				return null;
			}
		}
		else {
			return null;
		}
		return normalise(codes);
	}

	private static Boolean yesOrNo(JsonNode value) {
		if (value.isString() && value.stringValue().equalsIgnoreCase("Yes")) {
			return true;
		}
		if (value.isString() && value.stringValue().equalsIgnoreCase("No")) {
			return false;
		}
		return null;
	}

	// {"3A":"Yes","3a":"No"} contradicts itself once codes are matched case-insensitively.
	private static boolean hasBlankOrRepeatedCode(Iterable<String> keys) {
		Set<String> seen = new LinkedHashSet<>();
		for (String key : keys) {
			if (!seen.add(key.strip().toUpperCase(Locale.ROOT)) || key.isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static String[] normalise(List<String> codes) {
		Set<String> unique = new LinkedHashSet<>();
		for (String code : codes) {
			if (code.isBlank()) {
				return null;
			}
			unique.add(code.strip().toUpperCase(Locale.ROOT));
		}
		return unique.toArray(String[]::new);
	}

}
