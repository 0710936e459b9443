package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguarding.audit.generate.Baby.Assessment;
import org.safeguarding.audit.generate.Baby.Episode;
import org.safeguarding.audit.generate.Baby.Event;
import org.safeguarding.audit.generate.Baby.Person;
import org.safeguarding.audit.generate.Baby.Plan;
import org.safeguarding.audit.generate.Baby.Relationship;
import org.safeguarding.audit.generate.Baby.Timeline;

/**
 * Turns a baby's history into the rows on record at the extract date, the baby's own row first.
 * Each row keeps its sending system's habits, fixed by the row's id: ISO or UK dates, and now
 * and then codes in lower case.
 */
final class DropRows {

	private static final double LOWER_CASE_CODES = 0.05;

	private final long styleSeed;

	private final DropScope scope;

	DropRows(long styleSeed, DropScope scope) {
		this.styleSeed = styleSeed;
		this.scope = scope;
	}

	List<Row> rows(Baby baby) {
		List<Row> rows = new ArrayList<>();
		String child = baby.id();
		rows.add(baby(child, baby.timeline()));
		for (Person adult : baby.adults()) {
			long style = style(adult.id());
			rows.add(row(DropFile.PERSONS, adult.id(), code(style, adult.sex()),
					date(style, DropFile.PERSONS, adult.dob()), ""));
		}
		for (Episode episode : baby.episodes()) {
			if (this.scope.onRecord(episode.referral())) {
				long style = style(episode.id());
				rows.add(row(DropFile.EPISODES, episode.id(), child, date(style, DropFile.EPISODES, episode.referral()),
						date(style, DropFile.EPISODES, onRecord(episode.close())), episode.team(), episode.source()));
			}
		}
		for (Plan plan : baby.plans()) {
			if (this.scope.onRecord(plan.start())) {
				long style = style(plan.id());
				rows.add(row(DropFile.PLANS, plan.id(), child, plan.episodeId(), date(style, DropFile.PLANS, plan.start()),
						date(style, DropFile.PLANS, onRecord(plan.end())), code(style, plan.category())));
			}
		}
		for (Assessment assessment : baby.assessments()) {
			assessment(rows, child, assessment);
		}
		for (Relationship relationship : baby.relationships()) {
			relationship(rows, child, relationship);
		}
		for (Event event : baby.events()) {
			event(rows, child, event);
		}
		return rows;
	}

	/** Before birth the sex is mostly not known; the expected date is always kept while unborn. */
	private Row baby(String child, Timeline timeline) {
		long style = style(child);
		boolean born = this.scope.onRecord(timeline.born());
		String sex = born ? timeline.sex() : ((style & 0x1000000L) == 0) ? "" : "U";
		LocalDate expected = (timeline.dueRecorded() || !born) ? timeline.due() : null;
		return row(DropFile.PERSONS, child, code(style, sex), date(style, DropFile.PERSONS, born ? timeline.born() : null),
				date(style, DropFile.PERSONS, expected));
	}

	private void assessment(List<Row> rows, String child, Assessment assessment) {
		if (!this.scope.onRecord(assessment.start())) {
			return;
		}
		long style = style(assessment.id());
		LocalDate auth = onRecord(assessment.auth());
		rows.add(row(DropFile.ASSESSMENTS, assessment.id(), child, assessment.episodeId(),
				date(style, DropFile.ASSESSMENTS, assessment.start()), date(style, DropFile.ASSESSMENTS, auth)));
		if (auth != null) {
			rows.add(row(DropFile.FACTORS, assessment.factorsId(), assessment.id(), assessment.factorsJson()));
		}
	}

	private void relationship(List<Row> rows, String child, Relationship relationship) {
		if (!this.scope.onRecord(relationship.known())) {
			return;
		}
		long style = style(relationship.id());
		DropFile file = DropFile.RELATIONSHIPS;
		rows.add(row(file, relationship.id(), child, nullToEmpty(relationship.relatedId()),
				code(style, relationship.type()), code(style, relationship.lives()), date(style, file, relationship.start()),
				date(style, file, onRecord(relationship.end()))));
	}

	private void event(List<Row> rows, String child, Event event) {
		if (!this.scope.onRecord(event.date()) || (event.recorded() != null && !this.scope.onRecord(event.recorded()))) {
			return;
		}
		long style = style(event.id());
		DropFile file = DropFile.forAgency(event.agency());
		rows.add(row(file, event.id(), child, nullToEmpty(event.subjectId()), code(style, event.agency()),
				code(style, event.type()), date(style, file, event.date()), date(style, file, event.recorded()),
				code(style, event.outcome()), event.reason()));
	}

	private LocalDate onRecord(LocalDate date) {
		return this.scope.onRecord(date) ? date : null;
	}

	private long style(String id) {
		return Draw.mix(this.styleSeed, id.hashCode());
	}

	private static Row row(DropFile file, String... fields) {
		return new Row(file, List.of(fields));
	}

	private static String code(long style, String code) {
		boolean lower = ((style >>> 16) & 0xFFFF) < LOWER_CASE_CODES * 0x10000;
		return lower ? code.toLowerCase(Locale.ROOT) : code;
	}

	static String date(long style, DropFile file, LocalDate date) {
		if (date == null) {
			return "";
		}
		return ((style & 0xFFFF) < file.ukDates() * 0x10000) ? uk(date) : date.toString();
	}

	static String uk(LocalDate date) {
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return new StringBuilder(10).append((char) ('0' + day / 10)).append((char) ('0' + day % 10)).append('/')
				.append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('/').append(date.getYear())
				.toString();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}
}
