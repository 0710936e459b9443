package org.safeguarding.audit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.safeguarding.audit.board.BoardFigures.Rag;

/**
 * The board's charts as SVG: an image with a title and a text alternative that states the
 * figures, RAG and outliers told by shape and words as well as colour, colours that meet WCAG
 * 2.2 AA on white, every text escaped, no script, and the figures as table rows.
 */
class SvgChartsTests {

	static final BoardFigures PACK = Figures.pack(List.of(Figures.rated(1, "Alpha", "92.0", "85.0", "95.9", Rag.GREEN),
			Figures.rated(2, "Beta", "75.0", "65.7", "82.5", Rag.AMBER), Figures.rated(3, "Gamma", "50.0", "40.4", "59.6", Rag.RED),
			Figures.suppressed(4, "Bruising")));

	@Test
	void complianceStatesItsFiguresAndTellsRagByShapeAndWord() {
		SvgChart chart = ComplianceSvg.of(PACK);
		ParsedSvg svg = image(chart, "compliance");
		assertThat(chart.description()).isEqualTo("Compliance per criterion in October 2026, with 95% intervals: 1 Green, "
				+ "1 Amber, 1 Red; 1 criterion not shown because the numbers are small. Lowest: Gamma 50.0% (Red). "
				+ "Highest: Alpha 92.0% (Green).");
		// One mark per rated criterion and one in the legend: a circle, a diamond, a square.
		assertThat(svg.all("circle")).filteredOn(e -> e.getAttribute("fill").equals(Svg.GREEN)).hasSize(2);
		assertThat(svg.all("polygon")).filteredOn(e -> e.getAttribute("fill").equals(Svg.AMBER)).hasSize(2);
		assertThat(svg.all("rect")).filteredOn(e -> e.getAttribute("fill").equals(Svg.RED)).hasSize(2);
		assertThat(svg.texts()).contains("92.0% Green", "75.0% Amber", "50.0% Red", "c (small numbers)", "Green", "Amber",
				"Red", "Amber from 70%", "Green from 90%", "4. Bruising");
		assertThat(chart.table().headers()).containsExactly("#", "Criterion", "Applicable", "Met", "Partly met", "Not met",
				"Compliance", "95% interval", "RAG");
		assertThat(chart.table().rows()).containsExactly(
				List.of("1", "Alpha", "100", "92", "5", "5", "92.0%", "85.0–95.9%", "Green"),
				List.of("2", "Beta", "100", "75", "5", "5", "75.0%", "65.7–82.5%", "Amber"),
				List.of("3", "Gamma", "100", "50", "5", "5", "50.0%", "40.4–59.6%", "Red"),
				List.of("4", "Bruising", "c", "c", "c", "0", "c", "c", "c"));
	}

	@Test
	void aTrendSaysWhereTheMonthFallsAndMarksSpecialCausesByShapeAndWord() {
		SvgChart chart = TrendSvg.of(Figures.gpInformed(), "2026-10");
		ParsedSvg svg = image(chart, "trend-GP_INFORMED");
		assertThat(chart.description()).isEqualTo("GP informed: 78.0% in October 2026, within its usual range (the "
				+ "p-chart's limits). No significant trend over 11 months (p = 0.412). Special-cause variation: August 2026 (below).");
		assertThat(chart.title()).isEqualTo("GP informed: compliance over the last 12 audited periods");
		// One hollow square, August's, and the legend's.
		assertThat(svg.all("rect")).filteredOn(e -> e.getAttribute("fill").equals(Svg.WHITE) && e.hasAttribute("stroke"))
			.hasSize(2);
		assertThat(svg.texts()).contains("below", "c", "Nov", "Oct", "2025", "2026").doesNotContain("above");
		assertThat(chart.table().rows()).hasSize(12).contains(
				List.of("August 2026", "41.0%", "60.0%", "80.0%", "below: special cause"),
				List.of("March 2026", "c", "c", "c", "not shown (small numbers)"),
				List.of("October 2026", "78.0%", "60.0%", "80.0%", "within"));
	}

	@Test
	void aFunnelNamesItsOutliersEscapedAndNeverRunsWhatATeamIsCalled() {
		String markup = "<script>alert(1)</script>";
		String quotes = "\"&'";
		SvgChart chart = FunnelSvg.of(Figures.teams(markup, quotes), "2026-10");
		ParsedSvg svg = image(chart, "funnel-FATHER_IDENTIFIED");
		assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;", "&quot;&amp;&#39;");
		assertThat(svg.all("script")).isEmpty();
		assertThat(svg.texts()).contains(markup + ", below 99.8%", quotes + ", below 99.8%").doesNotContain("North, within");
		assertThat(svg.byId("funnel-FATHER_IDENTIFIED-desc")).isEqualTo("Father identified by team, October 2026: overall "
				+ "70.0%, 3 teams drawn. Below the lower 99.8% limit: " + markup + ", " + quotes + ". Teams differ by more "
				+ "than chance would explain (chi-square 30.2, 2 df, p < 0.001).");
		// Two hollow squares (the outliers) and the legend's, as well as the background.
		assertThat(svg.all("rect")).filteredOn(e -> e.getAttribute("fill").equals(Svg.WHITE) && e.hasAttribute("stroke"))
			.hasSize(3);
		assertThat(chart.table().rows()).containsExactly(List.of("North", "200", "170", "20", "10", "85.0%", "within"),
				List.of(markup, "100", "50", "25", "25", "50.0%", "below 99.8%"),
				List.of(quotes, "100", "60", "20", "20", "60.0%", "below 99.8%"),
				List.of("All teams", "400", "280", "65", "55", "70.0%", ""));
	}

	@Test
	void aSuppressedFunnelDrawsNoTeam() {
		BoardFigures.TeamFigures teams = Figures.teams("East", "West");
		BoardFigures.TeamFigures hidden = new BoardFigures.TeamFigures(teams.code(), teams.title(),
				"Funnel plot not shown: the numbers are small enough to be suppressed.", "Not tested: the numbers are small.",
				null, teams.rows(), List.of());
		SvgChart chart = FunnelSvg.of(hidden, "2026-10");
		assertThat(image(chart, "funnel-FATHER_IDENTIFIED").texts()).contains("Not shown: small numbers (c)")
			.noneMatch(t -> t.startsWith("East") || t.startsWith("West"));
		assertThat(chart.description())
			.isEqualTo("Father identified by team, October 2026: funnel plot not shown because the numbers are small.");
	}

	@Test
	void everyColourMeetsWcagAaOnWhite() {
		for (SvgChart chart : List.of(ComplianceSvg.of(PACK), TrendSvg.of(Figures.gpInformed(), "2026-10"),
				FunnelSvg.of(Figures.teams("A", "B"), "2026-10"))) {
			for (Element e : ParsedSvg.of(chart.svg()).everything()) {
				for (String attribute : List.of("fill", "stroke")) {
					String colour = e.getAttribute(attribute);
					if (colour.isEmpty() || colour.equals("none") || colour.equals("#ffffff")) {
						continue;
					}
					double needed = e.getLocalName().equals("text") ? 4.5 : 3.0;
					assertThat(contrastOnWhite(colour)).as("%s %s of <%s>", attribute, colour, e.getLocalName())
						.isGreaterThanOrEqualTo(needed);
				}
			}
		}
	}

	/** An image with a title and description it is labelled and described by, and nothing that runs. */
	private static ParsedSvg image(SvgChart chart, String id) {
		ParsedSvg svg = ParsedSvg.of(chart.svg());
		assertThat(svg.root.getLocalName()).isEqualTo("svg");
		assertThat(svg.root.getAttribute("role")).isEqualTo("img");
		assertThat(svg.root.getAttribute("aria-labelledby")).isEqualTo(id + "-title");
		assertThat(svg.root.getAttribute("aria-describedby")).isEqualTo(id + "-desc");
		assertThat(svg.byId(id + "-title")).isEqualTo(chart.title());
		assertThat(svg.byId(id + "-desc")).isEqualTo(chart.description());
		assertThat(svg.everything()).allSatisfy(e -> {
			assertThat(e.getLocalName()).isNotIn("script", "foreignObject", "a", "style", "image");
			assertThat(ParsedSvg.attributeNames(e)).noneMatch(n -> n.toLowerCase().startsWith("on") || n.contains("href"));
		});
		return svg;
	}

	/** WCAG 2.2's contrast ratio of a #rrggbb colour against white. */
	static double contrastOnWhite(String hex) {
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		double luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
		return 1.05 / (luminance + 0.05);
	}
}
