package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An evidence sentence with named placeholders, e.g. {@code GP told {date}, {days} days after referral}. */
record Template(String text) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	/** Reads the placeholders; a brace that opens or closes no {@code {name}} is an error. */
	static Template parse(String text) {
		String rest = PLACEHOLDER.matcher(text).replaceAll("");
		if (rest.contains("{") || rest.contains("}")) {
			throw new IllegalArgumentException("has a '{' or '}' that is not a {placeholder}");
		}
		return new Template(text);
	}

	/** The placeholders this template uses that are not among {@code known}, in order of use. */
	List<String> unknown(Set<String> known) {
		List<String> unknown = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		while (matcher.find()) {
			if (!known.contains(matcher.group(1)) && !unknown.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return unknown;
	}

	String render(Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		StringBuilder sentence = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				// The loader checked every placeholder against what the rule provides: this is a bug.
				throw new IllegalStateException("no value for {" + matcher.group(1) + "} in '" + this.text + "'");
			}
			matcher.appendReplacement(sentence, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(sentence);
		return sentence.toString();
	}
}
