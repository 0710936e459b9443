package org.safeguarding.audit.report;

import java.util.HashMap;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;

/**
 * Each criterion's plain words from the tool file, by code, kept with the pack's figures for the
 * board's pages: what it checks and why it matters (none for a criterion whose file gives none).
 */
public record CriterionWords(Map<String, String> checks, Map<String, String> why) {

	static final CriterionWords NONE = new CriterionWords(Map.of(), Map.of());

	public CriterionWords {
		checks = Map.copyOf(checks);
		why = Map.copyOf(why);
	}

	/** The tool's words. */
	public static CriterionWords of(AuditTool tool) {
		Map<String, String> checks = new HashMap<>();
		Map<String, String> why = new HashMap<>();
		tool.criteria().forEach(c -> {
			c.checks().ifPresent(text -> checks.put(c.code(), text));
			c.why().ifPresent(text -> why.put(c.code(), text));
		});
		return new CriterionWords(checks, why);
	}
}
