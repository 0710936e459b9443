package org.safeguarding.audit.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The board packs' figures kept at publish time ({@code board_snapshot}): written by the
 * publisher from the figures that fill the pack, read by the board's pages. A read is one indexed
 * row and one JSON document, whatever the size of the run.
 */
@Component
public class BoardSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

	private static final String NEWEST_FIRST = " order by published_at desc, run_id desc, pack_version desc limit 1";

	private final JdbcClient jdbc;

	public BoardSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a publication of the run's pack and returns its pack version (1 the first time). */
	public int save(long runId, BoardFigures figures) {
		return this.jdbc.sql("""
				insert into board_snapshot (run_id, pack_version, period, tool_id, published_at, figures)
				select :runId, coalesce(max(pack_version), 0) + 1, :period, :toolId, :publishedAt, cast(:figures as jsonb)
				from board_snapshot where run_id = :runId
				returning pack_version""")
			.param("runId", runId)
			.param("period", figures.period())
			.param("toolId", figures.toolId())
			.param("publishedAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
			.param("figures", JSON.writeValueAsString(figures))
			.query(Integer.class)
			.single();
	}

	/**
	 * Every publication of the period's pack, newest first (whichever run): what the period's
	 * page lists for download.
	 */
	public List<PackVersion> versions(YearMonth period) {
		return this.jdbc.sql("""
				select run_id, pack_version, published_at, reviewed_outcomes, changed_outcomes from board_snapshot
				where period = :period order by published_at desc, run_id desc, pack_version desc""")
			.param("period", period.toString())
			.query((rs, row) -> new PackVersion(rs.getLong("run_id"), rs.getInt("pack_version"), publishedAt(rs),
					(Integer) rs.getObject("reviewed_outcomes"), (Integer) rs.getObject("changed_outcomes")))
			.list();
	}

	/** Marks a publication as one of the reviewed figures, with how many outcomes were reviewed and changed, and by whom. */
	public void markReviewed(long runId, int packVersion, int reviewedOutcomes, int changedOutcomes, String publishedBy) {
		this.jdbc.sql("""
				update board_snapshot set reviewed_outcomes = :reviewed, changed_outcomes = :changed, published_by = :by
				where run_id = :runId and pack_version = :packVersion""")
			.param("reviewed", reviewedOutcomes)
			.param("changed", changedOutcomes)
			.param("by", publishedBy)
			.param("runId", runId)
			.param("packVersion", packVersion)
			.update();
	}

	/** The newest pack published for the period, if any. */
	public Optional<BoardSnapshot> latestFor(YearMonth period) {
		return this.jdbc.sql("select run_id, pack_version, published_at, figures::text from board_snapshot"
				+ " where period = :period" + NEWEST_FIRST)
			.param("period", period.toString())
			.query(BoardSnapshots::snapshot)
			.optional();
	}

	/** The newest publication of the run's pack, if it has been published. */
	public Optional<BoardSnapshot> forRun(long runId) {
		return this.jdbc.sql("select run_id, pack_version, published_at, figures::text from board_snapshot"
				+ " where run_id = :runId" + NEWEST_FIRST)
			.param("runId", runId)
			.query(BoardSnapshots::snapshot)
			.optional();
	}

	/** One publication of the run's pack. */
	public Optional<BoardSnapshot> forRun(long runId, int packVersion) {
		return this.jdbc.sql("select run_id, pack_version, published_at, figures::text from board_snapshot"
				+ " where run_id = :runId and pack_version = :packVersion")
			.param("runId", runId)
			.param("packVersion", packVersion)
			.query(BoardSnapshots::snapshot)
			.optional();
	}

	/** Every period with a published pack, newest period first, each with its newest pack. */
	public List<PublishedPeriod> periods() {
		return this.jdbc.sql("""
				select distinct on (period) period, run_id, pack_version, published_at
				from board_snapshot
				order by period desc, published_at desc, run_id desc, pack_version desc""")
			.query((rs, row) -> {
				YearMonth period = YearMonth.parse(rs.getString("period").strip());
				return new PublishedPeriod(period, period.format(MONTH), rs.getLong("run_id"), rs.getInt("pack_version"),
						publishedAt(rs));
			})
			.list();
	}

	private static BoardSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		return new BoardSnapshot(rs.getLong("run_id"), rs.getInt("pack_version"), publishedAt(rs),
				JSON.readValue(rs.getString("figures"), BoardFigures.class));
	}

	private static Instant publishedAt(ResultSet rs) throws SQLException {
		return rs.getObject("published_at", OffsetDateTime.class).toInstant();
	}
}
