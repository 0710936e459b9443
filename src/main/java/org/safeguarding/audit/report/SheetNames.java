package org.safeguarding.audit.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names usable as Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, unique ignoring case. */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private SheetNames() {
	}

	static String[] of(List<String> wanted) {
		Set<String> used = new HashSet<>();
		String[] names = new String[wanted.size()];
		for (int i = 0; i < wanted.size(); i++) {
			String base = clean(wanted.get(i));
			String name = base;
			for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
				String suffix = " (" + n + ")";
				name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
			}
			names[i] = name;
		}
		return names;
	}

	static String clean(String name) {
		String cleaned = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]]", "-").strip();
		// Excel refuses a name that starts or ends with an apostrophe.
		cleaned = cleaned.replaceAll("^'+|'+$", "");
		if (cleaned.isEmpty()) {
			cleaned = "Sheet";
		}
		return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH).strip() : cleaned;
	}
}
