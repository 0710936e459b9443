package org.safeguarding.audit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An evidence sentence with named placeholders, e.g. {@code GP told {date}, {days} days after referral}. */
final class Template {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private final String text;

	/** Literal text and placeholder names in turn, starting with literal text (maybe empty). */
	private final List<String> parts;

	private Template(String text, List<String> parts) {
		this.text = text;
		this.parts = List.copyOf(parts);
	}

	/** Reads the placeholders; a brace that opens or closes no {@code {name}} is an error. */
	static Template parse(String text) {
		List<String> parts = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		int literalStart = 0;
		while (matcher.find()) {
			parts.add(literal(text.substring(literalStart, matcher.start())));
			parts.add(matcher.group(1));
			literalStart = matcher.end();
		}
		parts.add(literal(text.substring(literalStart)));
		return new Template(text, parts);
	}

	String text() {
		return this.text;
	}

	/** The placeholders this template uses that are not among {@code known}, in order of use. */
	List<String> unknown(Set<String> known) {
		List<String> unknown = new ArrayList<>();
		for (int i = 1; i < this.parts.size(); i += 2) {
			String name = this.parts.get(i);
			if (!known.contains(name) && !unknown.contains(name)) {
				unknown.add(name);
			}
		}
		return unknown;
	}

	String render(Map<String, String> values) {
		return render(values::get);
	}

	/** The sentence with each placeholder replaced by its value; the text is parsed once, at load. */
	String render(Function<String, String> values) {
		StringBuilder sentence = new StringBuilder(this.text.length() + 32);
		sentence.append(this.parts.get(0));
		for (int i = 1; i < this.parts.size(); i += 2) {
			String value = values.apply(this.parts.get(i));
			if (value == null) {
				// The loader checked every placeholder against what the rule provides: this is a bug.
				throw new IllegalStateException("no value for {" + this.parts.get(i) + "} in '" + this.text + "'");
			}
			sentence.append(value).append(this.parts.get(i + 1));
		}
		return sentence.toString();
	}

	@Override
	public String toString() {
		return this.text;
	}

	private static String literal(String text) {
		if (text.contains("{") || text.contains("}")) {
			throw new IllegalArgumentException("has a '{' or '}' that is not a {placeholder}");
		}
		return text;
	}
}
