package org.safeguarding.audit.board;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a run's board pack shows, as the pack shows it: small numbers already suppressed
 * ({@code c}), percentages rounded as printed, the sentences the statistics support. Texts are
 * the pack's own; numbers beside them are for drawing charts and are null wherever the pack
 * hides or has no figure. Kept at publish time, so the board's pages never sum case rows.
 *
 * @param formatVersion the layout of these records, {@link #FORMAT_VERSION} when written
 * @param headline the criteria compared across teams, in tool order
 */
public record BoardFigures(int formatVersion, String partnershipName, String period, String periodLabel,
		String toolId, String toolVersion, String toolTitle, String casesAudited, List<GradeRow> grades,
		String ragSummary, Changes changes, List<CriterionFigures> criteria, List<CriterionTrend> trends,
		List<TeamFigures> headline, DataQuality dataQuality, Notes notes) {

	/** The layout written today; a reader of an older layout knows it by this number. */
	public static final int FORMAT_VERSION = 1;

	public BoardFigures {
		grades = List.copyOf(grades);
		criteria = List.copyOf(criteria);
		trends = List.copyOf(trends);
		headline = List.copyOf(headline);
	}

	/** The criterion's figures, if the tool has it. */
	public java.util.Optional<CriterionFigures> criterion(String code) {
		return this.criteria.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The criterion's 12-period trend, if the tool has it. */
	public java.util.Optional<CriterionTrend> trend(String code) {
		return this.trends.stream().filter(t -> t.code().equals(code)).findFirst();
	}

	/** The criterion's teams, if it is a headline criterion. */
	public java.util.Optional<TeamFigures> teams(String code) {
		return this.headline.stream().filter(t -> t.code().equals(code)).findFirst();
	}

	/** A RAG rating; always shown with its word, never by colour alone. */
	public enum Rag {
		GREEN("Green"), AMBER("Amber"), RED("Red");

		private final String word;

		Rag(String word) {
			this.word = word;
		}

		public String word() {
			return this.word;
		}
	}

	/** Where a month falls against its p-chart limits. */
	public enum Signal {
		WITHIN, ABOVE, BELOW, NO_DATA
	}

	/** Where a team falls against the funnel's limits. */
	public enum Position {
		WITHIN, ABOVE_95, BELOW_95, ABOVE_998, BELOW_998, NO_DATA
	}

	/** Cases with a grade, e.g. "Good", "62", "24.8%" (the last row is all cases audited). */
	public record GradeRow(String grade, String cases, String share) {
	}

	/** "What changed since …": only changes a two-proportion test supports. */
	public record Changes(String heading, List<String> lines) {

		public Changes {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * One criterion's row of the compliance table as printed ({@code c} when hidden, a dash when
	 * nothing applies), with the numbers its chart draws (null when hidden or none).
	 *
	 * @param checks what the criterion checks in plain words, from the tool file (null when the file
	 * gives none, and in packs kept before the file gave it)
	 * @param why why the criterion matters, from the tool file (null when the file gives none)
	 */
	public record CriterionFigures(String number, String code, String title, String checks, String why, String applicable, String met,
			String partlyMet, String notMet, String compliance, String interval, String rag, BigDecimal compliancePct,
			BigDecimal ciLowPct, BigDecimal ciHighPct, Rag rating, boolean suppressed) {
	}

	/**
	 * A criterion's last 12 audited periods as a p-chart: the sentences printed beside it and
	 * the months it draws; {@code centrePct} and {@code line} are null when not drawn.
	 */
	public record CriterionTrend(String code, String title, String trend, String variation, Double centrePct,
			TrendLine line, List<TrendMonth> months) {

		public CriterionTrend {
			months = List.copyOf(months);
		}
	}

	/**
	 * One month of a p-chart: compliance and its 3-sigma limits in percent to one decimal place
	 * (null when hidden or nothing applied), and whether it is a special cause (found from the
	 * exact figures).
	 */
	public record TrendMonth(String period, Double compliancePct, Double lowerPct, Double upperPct, Signal signal,
			boolean suppressed) {
	}

	/** A significant least-squares trend: percent = intercept + slope × month number (year × 12 + month − 1). */
	public record TrendLine(double interceptPct, double slopePctPerMonth) {
	}

	/**
	 * A headline criterion across teams: the sentences, the team table as printed (the last row
	 * all teams) and the funnel's points; {@code centrePct} is null when the funnel is not shown.
	 */
	public record TeamFigures(String code, String title, String outliers, String comparison, Double centrePct,
			List<TeamRow> rows, List<FunnelPoint> points) {

		public TeamFigures {
			rows = List.copyOf(rows);
			points = List.copyOf(points);
		}

		public boolean funnelShown() {
			return this.centrePct != null;
		}
	}

	/** A team's row as printed, e.g. "North", "60", "48", "6", "6", "80.0%", "above 95%". */
	public record TeamRow(String team, String applicable, String met, String partlyMet, String notMet,
			String compliance, String position) {
	}

	/** A team drawn on the funnel: its applicable cases and compliance in percent to one decimal place (teams whose figures are hidden are not drawn). */
	public record FunnelPoint(String team, long applicable, double compliancePct, Position position) {
	}

	/** Rows read, loaded and rejected per table, and the commonest rejection reasons, as printed. */
	public record DataQuality(List<TableRow> tables, List<ReasonRow> reasons, String note) {

		public DataQuality {
			tables = List.copyOf(tables);
			reasons = List.copyOf(reasons);
		}
	}

	/** One table's row of the data-quality page (the last row is all tables). */
	public record TableRow(String table, String files, String rowsRead, String rowsLoaded, String rowsRejected,
			String rejectedShare) {
	}

	/** A rejection reason with values and record ids removed, and its rows. */
	public record ReasonRow(String table, String reason, String rows) {
	}

	/** The pack's explanations: suppression, RAG thresholds (also as numbers), headline criteria. */
	public record Notes(String suppression, String rag, double greenPct, double amberPct, String headline) {
	}
}
