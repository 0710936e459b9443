package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguarding.audit.extract.Table;
import org.safeguarding.audit.store.SqlQueries;
import org.safeguarding.audit.web.Dates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's chronology: every record the period's load holds about the baby and about each person
 * in its household (those the baby's relationships name) — person, episodes, assessments and
 * their factors, plans, relationships and agency events — in date order, each marked when it is
 * dated after the audit date, with the place the audit date falls among them.
 */
@Component
class Chronology {

	private final JdbcClient jdbc;

	private final Dates dates;

	Chronology(JdbcClient jdbc, Dates dates) {
		this.jdbc = jdbc;
		this.dates = dates;
	}

	/** The case's records in the load, as at the audit date. */
	Entries of(long loadId, String caseId, LocalDate auditDate) {
		Map<String, String> partitions = new LinkedHashMap<>();
		// Every extract table, each read through the load's own partition.
		for (Table table : Table.values()) {
			partitions.put(table.tableName(), table.partition(loadId));
		}
		List<Raw> raw = this.jdbc.sql(SqlQueries.get("qa-case-chronology.sql", partitions))
			.param("load", loadId)
			.param("case", caseId)
			.query((rs, i) -> raw(rs))
			.list();
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put(caseId, "Baby");
		raw.stream()
			.filter((r) -> r.kind().equals("RELATIONSHIP") && r.personId().equals(caseId) && r.b() != null)
			.forEach((r) -> roles.merge(r.b(), words(r.a()), (x, y) -> x.equals(y) ? x : x + ", " + y));
		List<Entry> entries = new ArrayList<>();
		int auditAt = -1;
		for (Raw r : raw) {
			boolean after = r.onDate() != null && r.onDate().isAfter(auditDate);
			if (after && auditAt < 0) {
				auditAt = entries.size();
			}
			entries.add(new Entry(this.dates.date(r.onDate()), r.personId(), roles.getOrDefault(r.personId(), ""),
					what(r, caseId), detail(r), after));
		}
		return new Entries(entries, (auditAt < 0) ? entries.size() : auditAt, this.dates.date(auditDate));
	}

	private String what(Raw r, String caseId) {
		return switch (r.kind()) {
			case "PERSON" -> r.a().equals("EXPECTED") ? "Expected date of birth"
					: r.personId().equals(caseId) ? "Born" : "Date of birth";
			case "EPISODE" -> "Referral to children's social care";
			case "ASSESSMENT" -> "Child and family assessment";
			case "PLAN" -> "Child protection plan";
			case "RELATIONSHIP" -> "Relationship recorded: " + words(r.a()).toLowerCase(Locale.UK);
			default -> words(r.a());
		};
	}

	private String detail(Raw r) {
		List<String> parts = new ArrayList<>();
		switch (r.kind()) {
			case "PERSON" -> parts.add("sex " + r.b());
			case "EPISODE" -> {
				parts.add("team " + r.a());
				add(parts, "referral source ", r.b());
				parts.add((r.secondDate() != null) ? "closed " + this.dates.date(r.secondDate()) : "open");
			}
			case "ASSESSMENT" -> {
				parts.add((r.secondDate() != null) ? "authorised " + this.dates.date(r.secondDate()) : "not authorised");
				add(parts, "factors ", r.b());
				add(parts, "referral ", r.a());
			}
			case "PLAN" -> {
				add(parts, "category ", r.a());
				add(parts, "referral ", r.b());
				parts.add((r.secondDate() != null) ? "ended " + this.dates.date(r.secondDate()) : "current");
			}
			case "RELATIONSHIP" -> {
				parts.add((r.b() != null) ? "person " + r.b() : "identity not known or not disclosed");
				parts.add("Y".equals(r.c()) ? "lives with the child" : "does not live with the child");
				add(parts, "ended ", (r.secondDate() != null) ? this.dates.date(r.secondDate()) : null);
			}
			default -> {
				parts.add(words(r.b()));
				parts.add("COMPLETED".equals(r.c()) ? "completed" : "not completed");
				add(parts, "reason: ", r.e());
				add(parts, "concerning ", r.d());
				add(parts, "recorded ", (r.secondDate() != null) ? this.dates.date(r.secondDate()) : null);
			}
		}
		return String.join("; ", parts);
	}

	private static void add(List<String> parts, String label, String value) {
		if (value != null && !value.isBlank()) {
			parts.add(label + value);
		}
	}

	/** A code as words: {@code SAFE_SLEEP_ADVICE} as "Safe sleep advice". */
	static String words(String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		String lower = code.replace('_', ' ').toLowerCase(Locale.UK);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static Raw raw(ResultSet rs) throws SQLException {
		return new Raw(rs.getString("kind"), rs.getString("record_id"), rs.getString("person_id"),
				rs.getObject("on_date", LocalDate.class), rs.getObject("second_date", LocalDate.class), rs.getString("a"),
				rs.getString("b"), rs.getString("c"), rs.getString("d"), rs.getString("e"));
	}

	private record Raw(String kind, String recordId, String personId, LocalDate onDate, LocalDate secondDate, String a,
			String b, String c, String d, String e) {
	}

	/** One record: its date as written, whose it is and their place in the household, what and the details. */
	record Entry(String date, String personId, String role, String what, String detail, boolean afterAuditDate) {

		/** The person and their place in the household: "P1 (Baby)", or the id alone when the place is not known. */
		public String who() {
			return this.role.isEmpty() ? this.personId : this.personId + " (" + this.role + ")";
		}
	}

	/** The records in order, and the index of the first dated after the audit date (the size when none is). */
	record Entries(List<Entry> entries, int auditDateAt, String auditDate) {

		public List<Entry> before() {
			return this.entries.subList(0, this.auditDateAt);
		}

		public List<Entry> after() {
			return this.entries.subList(this.auditDateAt, this.entries.size());
		}
	}
}
