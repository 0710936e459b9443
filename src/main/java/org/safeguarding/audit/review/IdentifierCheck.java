package org.safeguarding.audit.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safeguarding.audit.extract.Table;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses text the board will read (learning actions, commentary) that names a person of the
 * extracts the tool audited: any person id (a case's child, or a related person) of the load of
 * any of the tool's completed runs, of any period. Ids are compared in letters-and-digits-only,
 * lower-case form, so "C-001" and "c 001" name C001, while "C10" does not name C1. Names cannot be
 * recognised; the forms tell QA officers not to write them.
 */
@Component
class IdentifierCheck {

	/** What may stand between the parts of an id written with separators: one of these, once. */
	private static final String SEPARATORS = " -_./";

	/** An id written as up to this many parts (e.g. "C 001 7"). */
	private static final int MAX_PARTS = 3;

	private final JdbcClient jdbc;

	IdentifierCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws InvalidInputException the text names a person id, named in the message */
	void refuse(String field, String text, String toolId) {
		Set<String> candidates = candidates(text);
		if (candidates.isEmpty()) {
			return;
		}
		// The normalised form is the expression of the person partitions' index (migration V42,
		// ExtractPartitions), so each load is probed by index, not read through.
		this.jdbc.sql("""
				select p.pers_person_id from ssd_person p
				where p.load_id in (select r.load_id from run r join audit_run a on a.run_id = r.audit_run_id
				                    where r.status = 'COMPLETED' and a.tool_id = :tool)
				  and %s = any(:candidates)
				order by 1 limit 1""".formatted(Table.NORMALISED_PERSON_ID))
			.param("tool", toolId)
			.param("candidates", candidates.toArray(String[]::new))
			.query(String.class)
			.optional()
			.ifPresent((id) -> {
				throw new InvalidInputException(field, field + " must not name a child, a family member or a case (it"
						+ " names '" + id + "', a person in the extracts tool '" + toolId + "' audited)");
			});
	}

	/**
	 * The forms an id could take in the text, normalised: each run of letters and digits, and each
	 * join of two or three adjacent runs separated by a single space, '-', '_', '.' or '/'.
	 */
	static Set<String> candidates(String text) {
		List<String> tokens = new ArrayList<>();
		List<Boolean> joined = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		StringBuilder gap = new StringBuilder();
		String lower = (text == null) ? "" : text.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length();) {
			int cp = lower.codePointAt(i);
			if (Character.isLetterOrDigit(cp)) {
				if (token.isEmpty()) {
					joined.add(!tokens.isEmpty() && gap.length() == 1 && SEPARATORS.indexOf(gap.charAt(0)) >= 0);
					gap.setLength(0);
				}
				token.appendCodePoint(cp);
			}
			else {
				if (!token.isEmpty()) {
					tokens.add(token.toString());
					token.setLength(0);
				}
				gap.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
		if (!token.isEmpty()) {
			tokens.add(token.toString());
		}
		Set<String> candidates = new LinkedHashSet<>();
		for (int end = 0; end < tokens.size(); end++) {
			StringBuilder joinedForm = new StringBuilder(tokens.get(end));
			candidates.add(joinedForm.toString());
			for (int start = end; start > end - MAX_PARTS + 1 && start > 0 && joined.get(start); start--) {
				joinedForm.insert(0, tokens.get(start - 1));
				candidates.add(joinedForm.toString());
			}
		}
		return candidates;
	}
}
