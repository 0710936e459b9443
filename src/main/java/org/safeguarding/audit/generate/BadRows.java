package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a baby's bad rows, to be written after its good rows: copies of good rows with a fresh
 * id ({@code <id>-B<n>}) and one thing broken, so each is rejected for one reason only and the
 * good rows still load. About {@code rate} of all the data rows are bad.
 */
final class BadRows {

	record Bad(BadRowKind kind, Row row) {
	}

	private static final BadRowKind[] KINDS = BadRowKind.values();

	/** Rows per bad row drawn: a cascade writes a person and 1.5 referring rows on average. */
	private static final double ROWS_PER_DRAW = (KINDS.length + 1.5) / KINDS.length;

	private final Draw draw;

	private final String unknownPerson;

	private final YearMonth period;

	private final List<Row> good;

	private final List<Bad> bad = new ArrayList<>();

	private int fresh;

	private BadRows(Draw draw, long index, YearMonth period, List<Row> good) {
		this.draw = draw;
		this.unknownPerson = Ids.person(index, Ids.UNKNOWN_PERSON_SLOT);
		this.period = period;
		this.good = good;
	}

	static List<Bad> make(Draw draw, double rate, long index, YearMonth period, List<Row> good) {
		BadRows rows = new BadRows(draw, index, period, good);
		double perGoodRow = rate / (1 - rate) / ROWS_PER_DRAW;
		for (int i = 0; i < good.size(); i++) {
			if (draw.chance(perGoodRow) && !rows.make(KINDS[draw.between(0, KINDS.length - 1)])) {
				rows.make(BadRowKind.EMPTY_REQUIRED);
			}
		}
		return rows.bad;
	}

	/** Adds a bad row of the kind, or says the baby has no row to make one from. */
	private boolean make(BadRowKind kind) {
		Row row = switch (kind) {
			case EMPTY_REQUIRED -> broken(any(), (t) -> t.with(this.draw.pick(t.file().required()), ""));
			case INVALID_DATE -> broken(template((f) -> !f.dates().isEmpty()),
					(t) -> t.with(this.draw.pick(t.file().dates()), invalidDate()));
			case UNKNOWN_CODE -> broken(template((f) -> f.isEvents() || f == DropFile.RELATIONSHIPS), this::unknownCode);
			case BAD_Y_N -> broken(template((f) -> f == DropFile.RELATIONSHIPS),
					(t) -> t.with("rela_lives_with_child", this.draw.pick("X", "2", "YN")));
			case BAD_SEX -> broken(template((f) -> f == DropFile.PERSONS),
					(t) -> t.with("pers_sex", this.draw.pick("X", "Male", "9")));
			case DATE_ORDER -> broken(template((f) -> DateOrder.of(f) != null), this::dateOrder);
			case MISSING_SUBJECT -> broken(template(DropFile::isEvents), (t) -> t
				.with("evnt_event_type", this.draw.pick("CARER_ASSESSMENT", "COPING_WITH_CRYING_ADVICE"))
				.with("evnt_subject_person_id", ""));
			case INVALID_FACTOR_JSON -> invalidFactors();
			case WRONG_FIELD_COUNT -> broken(any(), this::wrongFieldCount);
			case DUPLICATE_ID -> any();
			case UNKNOWN_PERSON -> broken(template((f) -> !f.personReferences().isEmpty()),
					(t) -> t.with(this.draw.pick(t.file().personReferences()), this.unknownPerson));
			case CASCADE -> cascade();
		};
		if (row != null) {
			this.bad.add(new Bad(kind, row));
		}
		return row != null;
	}

	private Row any() {
		return this.good.get(this.draw.between(0, this.good.size() - 1));
	}

	private Row template(Predicate<DropFile> fits) {
		List<Row> candidates = new ArrayList<>();
		for (Row row : this.good) {
			if (fits.test(row.file())) {
				candidates.add(row);
			}
		}
		return candidates.isEmpty() ? null : this.draw.pick(candidates);
	}

	private Row broken(Row template, UnaryOperator<Row> breaking) {
		return (template != null) ? breaking.apply(freshCopy(template)) : null;
	}

	private Row freshCopy(Row template) {
		return template.withId(template.id() + "-B" + (++this.fresh));
	}

	private String invalidDate() {
		int year = this.period.getYear();
		return this.draw.pick("31/02/" + year, year + "-13-01", "1/5/" + year);
	}

	private Row unknownCode(Row row) {
		if (row.file() == DropFile.RELATIONSHIPS) {
			return row.with("rela_relationship_type", "GRANDPARENT");
		}
		return switch (this.draw.between(0, 2)) {
			case 0 -> row.with("evnt_agency", "SCHOOL_NURSE");
			case 1 -> row.with("evnt_event_type", "HOME_VISIT");
			default -> row.with("evnt_outcome", "PARTLY_DONE");
		};
	}

	/** The later date set before the earlier one, in the month audited. */
	private Row dateOrder(Row row) {
		DateOrder order = DateOrder.of(row.file());
		LocalDate first = this.period.atDay(this.draw.between(1, 28));
		return row.with(order.first(), first.toString())
			.with(order.second(), first.minusDays(this.draw.between(1, 40)).toString());
	}

	private Row invalidFactors() {
		String json = this.draw.pick("[\"3A\",\"4B\"", "3A;4B", "{\"3A\":\"Maybe\"}", "{\"3A\":\"Yes\"", "\"3A\"");
		Row factors = broken(template((f) -> f == DropFile.FACTORS), (t) -> t.with("cinf_assessment_factors_json", json));
		if (factors != null) {
			return factors;
		}
		Row assessment = template((f) -> f == DropFile.ASSESSMENTS);
		return (assessment == null) ? null
				: new Row(DropFile.FACTORS, List.of(assessment.id() + "-F" + (++this.fresh), assessment.id(), json));
	}

	private Row wrongFieldCount(Row row) {
		List<String> fields = new ArrayList<>(row.fields());
		if (this.draw.chance(0.5)) {
			fields.add(this.draw.pick("", "extra"));
		}
		else {
			fields.remove(fields.size() - 1);
		}
		return new Row(row.file(), fields);
	}

	/** A person row with a bad sex or date of birth, and one or two rows referring to that person. */
	private Row cascade() {
		Row copy = freshCopy(this.good.get(0));
		Row person = this.draw.chance(0.5) ? copy.with("pers_sex", "X") : copy.with("pers_dob", invalidDate());
		int references = this.draw.between(1, 2);
		for (int i = 0; i < references; i++) {
			Row referring = broken(template((f) -> f.isEvents() || f == DropFile.RELATIONSHIPS),
					(t) -> t.with(this.draw.pick(t.file().personReferences()), person.id()));
			if (referring == null) {
				referring = broken(template((f) -> f == DropFile.EPISODES), (t) -> t.with("cine_person_id", person.id()));
			}
			if (referring != null) {
				this.bad.add(new Bad(BadRowKind.CASCADE, referring));
			}
		}
		return person;
	}

	/** Two date columns of a table where the second may not be before the first. */
	private record DateOrder(String first, String second) {

		static DateOrder of(DropFile file) {
			if (file.isEvents()) {
				return new DateOrder("evnt_event_date", "evnt_recorded_date");
			}
			return switch (file) {
				case EPISODES -> new DateOrder("cine_referral_date", "cine_close_date");
				case PLANS -> new DateOrder("cppl_cp_plan_start_date", "cppl_cp_plan_end_date");
				case ASSESSMENTS -> new DateOrder("cina_assessment_start_date", "cina_assessment_auth_date");
				case RELATIONSHIPS -> new DateOrder("rela_start_date", "rela_end_date");
				default -> null;
			};
		}
	}
}
