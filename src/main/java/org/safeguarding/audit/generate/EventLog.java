package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.generate.Baby.Episode;
import org.safeguarding.audit.generate.Baby.Event;

/**
 * Collects one baby's events, giving each an id, an outcome as written, and a recorded date
 * that is contemporaneous or late as the team at the time practises.
 */
final class EventLog {

	/** Log-odds (2025-07, average team) that a record is written within two days. */
	private static final double RECORDING = 1.4;

	private final World world;

	private final Draw draw;

	private final long index;

	private final List<Episode> episodes;

	private final List<Event> events = new ArrayList<>();

	EventLog(World world, Draw draw, long index, List<Episode> episodes) {
		this.world = world;
		this.draw = draw;
		this.index = index;
		this.episodes = episodes;
	}

	/** Whether the team holding the case on the date does a piece of practice (of log-odds {@code base}) well. */
	boolean chance(LocalDate date, double base) {
		return this.draw.chance(this.world.chance(teamAt(date), date, base));
	}

	/** The day something due on {@code due} is done, summer leave allowing. */
	LocalDate afterLeave(LocalDate due) {
		return this.world.afterLeave(due, this.draw);
	}

	void completed(String agency, String type, LocalDate date, String subject) {
		add(agency, type, date, subject, this.draw.chance(0.3) ? "" : "COMPLETED", "");
	}

	void notCompleted(String agency, String type, LocalDate date, String subject, String reason) {
		add(agency, type, date, subject, "NOT_COMPLETED", reason);
	}

	List<Event> events() {
		return List.copyOf(this.events);
	}

	private void add(String agency, String type, LocalDate date, String subject, String outcome, String reason) {
		if (this.events.size() >= Ids.MAX_EVENTS) {
			return;
		}
		String id = Ids.event(this.index, this.events.size());
		this.events.add(new Event(id, subject, agency, type, date, recorded(date), outcome, reason));
	}

	private LocalDate recorded(LocalDate date) {
		if (this.draw.chance(0.05)) {
			return null;
		}
		if (chance(date, RECORDING)) {
			return date.plusDays(this.draw.weighted(50, 25, 25));
		}
		return date.plusDays(this.draw.chance(0.3) ? 3 : this.draw.between(4, 21));
	}

	private String teamAt(LocalDate date) {
		Episode holding = this.episodes.get(0);
		for (Episode episode : this.episodes) {
			if (!episode.referral().isAfter(date)) {
				holding = episode;
			}
		}
		return holding.team();
	}
}
