package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safeguarding.audit.generate.Baby.Assessment;
import org.safeguarding.audit.generate.Baby.Episode;
import org.safeguarding.audit.generate.Baby.Plan;
import org.safeguarding.audit.generate.Baby.Timeline;

/**
 * Draws a baby's referrals (one episode, or two: after a closure, overlapping, or on the same
 * day), its child-protection plans and its assessments with their CIN census factors.
 */
final class CaseMaker {

	record Cases(List<Episode> episodes, List<Plan> plans, List<Assessment> assessments) {
	}

	private static final List<String> SOURCES = List.of("1A", "1B", "2A", "3A", "3B", "3C", "3E", "5A", "5B", "6",
			"8", "9", "10");

	private static final List<String> DOMESTIC_ABUSE = List.of("3A", "3B", "3C");

	private static final List<String> OTHER_FACTORS = List.of("1B", "2B", "4A", "4B", "5A", "6A", "8B", "9A",
			"10A", "16A", "21", "22A", "24A");

	private static final String[] CATEGORIES = { "NEG", "PHY", "EMO", "SAB", "MUL", "" };

	private final World world;

	private final Draw draw;

	private final long index;

	private CaseMaker(World world, Draw draw, long index) {
		this.world = world;
		this.draw = draw;
		this.index = index;
	}

	static Cases make(World world, Draw draw, Timeline timeline) {
		CaseMaker maker = new CaseMaker(world, draw, timeline.index());
		List<Episode> episodes = maker.episodes(timeline.arrival());
		List<Plan> plans = new ArrayList<>();
		List<Assessment> assessments = new ArrayList<>();
		for (int slot = 0; slot < episodes.size(); slot++) {
			maker.plan(episodes.get(slot), slot, plans);
			maker.assessment(episodes.get(slot), slot, assessments);
		}
		return new Cases(episodes, List.copyOf(plans), List.copyOf(assessments));
	}

	private List<Episode> episodes(LocalDate first) {
		String team = this.world.pickTeam(this.draw);
		LocalDate close = this.draw.chance(0.4) ? first.plusDays(this.draw.between(30, 400)) : null;
		if (!this.draw.chance(0.18)) {
			return List.of(episode(0, first, close, team));
		}
		String secondTeam = this.draw.chance(0.5) ? team : this.world.pickTeam(this.draw);
		LocalDate second;
		if (close != null && this.draw.chance(0.7)) {
			second = close.plusDays(this.draw.between(10, 150));
		}
		else {
			second = this.draw.chance(0.3) ? first : first.plusDays(this.draw.between(1, 90));
			close = this.draw.chance(0.5) ? second.plusDays(this.draw.between(0, 20)) : null;
		}
		LocalDate secondClose = this.draw.chance(0.3) ? second.plusDays(this.draw.between(30, 300)) : null;
		return List.of(episode(0, first, close, team), episode(1, second, secondClose, secondTeam));
	}

	private Episode episode(int slot, LocalDate referral, LocalDate close, String team) {
		String source = this.draw.chance(0.8) ? this.draw.pick(SOURCES) : "";
		return new Episode(Ids.episode(this.index, slot), referral, close, team, source);
	}

	private void plan(Episode episode, int slot, List<Plan> plans) {
		if (!this.draw.chance(0.25)) {
			return;
		}
		LocalDate start = episode.referral().plusDays(this.draw.between(20, 70));
		LocalDate end = this.draw.chance(0.4) ? start.plusDays(this.draw.between(60, 300)) : null;
		String category = CATEGORIES[this.draw.weighted(40, 15, 25, 3, 12, 5)];
		plans.add(new Plan(Ids.plan(this.index, slot), episode.id(), start, end, category));
	}

	private void assessment(Episode episode, int slot, List<Assessment> assessments) {
		if (!this.draw.chance(0.9)) {
			return;
		}
		LocalDate start = episode.referral().plusDays(this.draw.between(0, 10));
		LocalDate auth = this.draw.chance(0.85) ? start.plusDays(this.draw.between(10, 60)) : null;
		boolean domesticAbuse = this.draw.chance(0.35);
		assessments.add(new Assessment(Ids.assessment(this.index, slot), episode.id(), start, auth,
				Ids.factors(this.index, slot), factorsJson(domesticAbuse), domesticAbuse));
	}

	/** An array of codes, or an object of codes to "Yes"/"No" that also names some factors not found. */
	private String factorsJson(boolean domesticAbuse) {
		Set<String> found = new LinkedHashSet<>();
		if (domesticAbuse) {
			int count = this.draw.between(1, 3);
			for (int i = 0; i < count; i++) {
				found.add(this.draw.pick(DOMESTIC_ABUSE));
			}
		}
		int others = this.draw.weighted(15, 40, 30, 15);
		for (int i = 0; i < others; i++) {
			found.add(this.draw.pick(OTHER_FACTORS));
		}
		StringBuilder json = new StringBuilder();
		if (this.draw.chance(0.55)) {
			json.append('[');
			for (String code : found) {
				json.append(json.length() > 1 ? "," : "").append('"').append(code).append('"');
			}
			return json.append(']').toString();
		}
		Set<String> notFound = new LinkedHashSet<>();
		for (int i = this.draw.between(0, 2); i > 0; i--) {
			String code = this.draw.chance(0.5) ? this.draw.pick(DOMESTIC_ABUSE) : this.draw.pick(OTHER_FACTORS);
			if (!found.contains(code)) {
				notFound.add(code);
			}
		}
		json.append('{');
		for (String code : found) {
			json.append(json.length() > 1 ? "," : "").append('"').append(code).append("\":\"Yes\"");
		}
		for (String code : notFound) {
			json.append(json.length() > 1 ? "," : "").append('"').append(code).append("\":\"No\"");
		}
		return json.append('}').toString();
	}
}
