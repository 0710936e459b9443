package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The format's row checks written again, small and independently of the generator, to judge a
 * generated drop as the loader would: which rows load and why the others are rejected.
 */
final class DropChecker {

	enum Reason {
		MALFORMED, EMPTY_REQUIRED, INVALID_DATE, UNKNOWN_CODE, BAD_Y_N, BAD_SEX, DATE_ORDER, MISSING_SUBJECT,
		INVALID_JSON, DUPLICATE, UNKNOWN_PERSON, REJECTED_PERSON, UNKNOWN_ASSESSMENT
	}

	record Rejection(String file, int line, String id, Reason reason) {
	}

	/** A row that passed checks 1 and 2, with its values by column. */
	record Loaded(String file, int line, Map<String, String> values) {

		String get(String column) {
			return this.values.getOrDefault(column, "");
		}

		LocalDate date(String column) {
			return DropChecker.date(get(column));
		}
	}

	static final Set<String> EVENT_TYPES = Set.of("CARER_ASSESSMENT", "HOUSEHOLD_VERIFIED", "GP_NOTIFIED",
			"CHRONOLOGY_UPDATED", "DA_ENQUIRY", "DA_RISK_ASSESSMENT", "SAFE_SLEEP_ADVICE", "CO_SLEEPING_ASSESSED",
			"COPING_WITH_CRYING_ADVICE", "PRE_BIRTH_ASSESSMENT", "BRUISING_OBSERVED", "REFERRAL_TO_CSC", "CP_MEDICAL",
			"PLAN_SHARED_WITH_PARENTS", "PLAN_SHARED_WITH_GP", "SUPERVISION");

	static final Set<String> AGENCIES = Set.of("CSC", "MIDWIFERY", "HEALTH_VISITING", "GP", "POLICE", "HOSPITAL",
			"EDUCATION", "OTHER");

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern UK = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

	private static final String CODE = "\\s*\"[0-9A-Za-z]+\"\\s*";

	private static final Pattern ARRAY = Pattern.compile("\\[(" + CODE + "(," + CODE + ")*)?\\]");

	private static final String PAIR = CODE + ":\\s*\"(Yes|No)\"\\s*";

	private static final Pattern OBJECT = Pattern.compile("\\{(" + PAIR + "(," + PAIR + ")*)?\\}");

	final List<Rejection> rejections = new ArrayList<>();

	final Map<String, List<Loaded>> loaded = new LinkedHashMap<>();

	private final Set<String> rejectedPersons = new HashSet<>();

	static DropChecker check(Path folder) throws IOException {
		DropChecker checker = new DropChecker();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.sorted().toList();
		}
		for (Path file : files) {
			checker.firstChecks(DropCsv.read(file));
		}
		checker.references();
		return checker;
	}

	List<Loaded> rows(String table) {
		return this.loaded.getOrDefault(table, List.of());
	}

	static LocalDate date(String value) {
		if (ISO.matcher(value).matches()) {
			return LocalDate.parse(value);
		}
		if (UK.matcher(value).matches()) {
			return LocalDate.of(Integer.parseInt(value.substring(6)), Integer.parseInt(value.substring(3, 5)),
					Integer.parseInt(value.substring(0, 2)));
		}
		throw new IllegalArgumentException("not a date: " + value);
	}

	private void firstChecks(DropCsv csv) {
		TableRule rule = TableRule.forFile(csv.fileName());
		Set<String> ids = new HashSet<>();
		List<Loaded> rows = this.loaded.computeIfAbsent(rule.table(), (t) -> new ArrayList<>());
		for (DropCsv.Line line : csv.lines()) {
			String id = line.fields().get(0);
			Reason reason = (line.fields().size() != csv.header().size()) ? Reason.MALFORMED : null;
			Map<String, String> values = new LinkedHashMap<>();
			if (reason == null) {
				for (int i = 0; i < csv.header().size(); i++) {
					values.put(csv.header().get(i), line.fields().get(i));
				}
				reason = rule.firstFailure(values);
			}
			if (reason == null && !ids.add(id)) {
				reason = Reason.DUPLICATE;
			}
			if (reason != null) {
				this.rejections.add(new Rejection(csv.fileName(), line.number(), id, reason));
				if (rule.table().equals("ssd_person") && !ids.contains(id)) {
					this.rejectedPersons.add(id);
				}
			}
			else {
				rows.add(new Loaded(csv.fileName(), line.number(), values));
			}
		}
	}

	private void references() {
		Set<String> persons = new HashSet<>();
		rows("ssd_person").forEach((row) -> persons.add(row.get("pers_person_id")));
		this.rejectedPersons.removeAll(persons);
		for (Map.Entry<String, List<Loaded>> table : this.loaded.entrySet()) {
			TableRule rule = TableRule.forTable(table.getKey());
			table.getValue().removeIf((row) -> {
				for (String column : rule.personReferences()) {
					String person = row.get(column);
					if (!person.isEmpty() && !persons.contains(person)) {
						reject(row, this.rejectedPersons.contains(person) ? Reason.REJECTED_PERSON : Reason.UNKNOWN_PERSON);
						return true;
					}
				}
				return false;
			});
		}
		Set<String> assessments = new HashSet<>();
		rows("ssd_cin_assessments").forEach((row) -> assessments.add(row.get("cina_assessment_id")));
		rows("ssd_assessment_factors").removeIf((row) -> {
			boolean unknown = !assessments.contains(row.get("cinf_assessment_id"));
			if (unknown) {
				reject(row, Reason.UNKNOWN_ASSESSMENT);
			}
			return unknown;
		});
	}

	private void reject(Loaded row, Reason reason) {
		this.rejections.add(new Rejection(row.file(), row.line(), row.values().values().iterator().next(), reason));
	}

	static boolean isDate(String value) {
		try {
			date(value);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static boolean isFactorJson(String value) {
		return ARRAY.matcher(value).matches() || OBJECT.matcher(value).matches();
	}

	static String upper(String value) {
		return value.toUpperCase(Locale.ROOT);
	}
}
