package org.safeguarding.audit.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.safeguarding.audit.board.BoardFigures.CriterionTrend;
import org.safeguarding.audit.board.BoardFigures.TeamFigures;

/**
 * One kept pack's figures with its charts drawn: what the board's pages show of it, worked out
 * once per pack version and kept while it is asked for. A version never changes (a new
 * publication is a new version), so nothing here can go stale; only the most recently used are
 * kept.
 */
record PackSections(BoardSnapshot snapshot, SvgChart compliance, List<Chart<CriterionTrend>> trends,
		List<Chart<TeamFigures>> teams, Map<String, String> html) {

	static PackSections of(BoardSnapshot snapshot) {
		BoardFigures figures = snapshot.figures();
		return new PackSections(snapshot, ComplianceSvg.of(figures),
				figures.trends().stream().map(t -> new Chart<>(t, TrendSvg.of(t, figures.period()))).toList(),
				figures.headline().stream().map(t -> new Chart<>(t, FunnelSvg.of(t, figures.period()))).toList(),
				new ConcurrentHashMap<>());
	}

	/** A part of a page made of these sections alone, rendered once (by {@code render}) and kept with them. */
	String html(String part, Supplier<String> render) {
		return this.html.computeIfAbsent(part, p -> render.get());
	}

	BoardFigures figures() {
		return this.snapshot.figures();
	}

	Chart<CriterionTrend> trend(String code) {
		return this.trends.stream().filter(t -> t.figures().code().equals(code)).findFirst().orElse(null);
	}

	Chart<TeamFigures> teams(String code) {
		return this.teams.stream().filter(t -> t.figures().code().equals(code)).findFirst().orElse(null);
	}

	/** A chart beside the figures it draws. */
	record Chart<T>(T figures, SvgChart chart) {
	}

	/** The most recently used packs' sections, by run and pack version. */
	static final class Cache {

		private final Map<String, PackSections> kept;

		Cache(int size) {
			this.kept = new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, PackSections> eldest) {
					return size() > size;
				}
			};
		}

		/** The version's sections, worked out by {@code load} when not kept. */
		PackSections get(PackVersion version, Function<PackVersion, PackSections> load) {
			String key = version.runId() + "/" + version.packVersion();
			synchronized (this.kept) {
				PackSections sections = this.kept.get(key);
				if (sections != null) {
					return sections;
				}
			}
			// Worked out outside the lock: two requests for a new version may both do it, once.
			PackSections sections = load.apply(version);
			synchronized (this.kept) {
				this.kept.putIfAbsent(key, sections);
				return this.kept.get(key);
			}
		}
	}
}
