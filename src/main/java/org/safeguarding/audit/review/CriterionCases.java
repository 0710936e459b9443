package org.safeguarding.audit.review;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.report.CsvFiles;
import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A criterion's cases in a period's run, for the drill-down: by outcome, {@code NOT_MET} first
 * (the cases a QA officer looks behind), then case id in byte order, of one outcome or team when
 * asked, a page at a time. Each outcome's rows come in order from the run's (criterion, outcome,
 * case id) index (migration V43), so a page reads its own rows, not the criterion's 100,000.
 */
@Component
class CriterionCases {

	static final int PAGE_SIZE = 50;

	/** The order cases are listed in: the failures first. */
	static final List<Outcome> ORDER = List.of(Outcome.NOT_MET, Outcome.PARTLY_MET, Outcome.MET,
			Outcome.NOT_APPLICABLE);

	static final List<String> CSV_HEADER = List.of("case_id", "team", "criterion", "outcome", "evidence",
			"reviewed_outcome");

	private final JdbcClient jdbc;

	private final CsvFiles csv;

	/** A published run's teams never change: read once per run. */
	private final Map<Long, List<String>> teams = new ConcurrentHashMap<>();

	/** A team's outcome counts of a criterion in a published run, by run, criterion and team. */
	private final Map<String, Map<Outcome, Integer>> teamCounts = new ConcurrentHashMap<>();

	CriterionCases(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.csv = new CsvFiles(template);
	}

	/** The run's teams, in byte order. */
	List<String> teams(long runId) {
		return this.teams.computeIfAbsent(runId, (run) -> this.jdbc
			.sql("select distinct team collate \"C\" as team from case_score where run_id = :run order by 1")
			.param("run", run)
			.query(String.class)
			.list());
	}

	/**
	 * How many of the criterion's cases (of the team, when given) have each outcome: the run's
	 * criterion summary when no team is asked for; a team's counts are read once per published run
	 * (which never changes) and kept, since counting reads every one of the criterion's rows.
	 */
	Map<Outcome, Integer> counts(QaPeriod period, String criterion, String team) {
		if (team == null) {
			return this.jdbc.sql("select met, partly_met, not_met from criterion_summary where run_id = :run and criterion = :criterion")
				.param("run", period.auditRunId()).param("criterion", criterion)
				.query((rs, i) -> counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), period.cases()))
				.single();
		}
		return this.teamCounts.computeIfAbsent(period.auditRunId() + "\n" + criterion + "\n" + team, (key) -> {
			Map<Outcome, Integer> counts = counts(0, 0, 0, 0);
			this.jdbc.sql("""
					select outcome, count(*) from case_result
					where run_id = :run and criterion = :criterion and team = :team group by outcome""")
				.param("run", period.auditRunId()).param("criterion", criterion).param("team", team)
				.query((rs) -> {
					counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
				});
			return counts;
		});
	}

	private static Map<Outcome, Integer> counts(int met, int partlyMet, int notMet, int cases) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		counts.put(Outcome.NOT_MET, notMet);
		counts.put(Outcome.PARTLY_MET, partlyMet);
		counts.put(Outcome.MET, met);
		counts.put(Outcome.NOT_APPLICABLE, Math.max(0, cases - met - partlyMet - notMet));
		return counts;
	}

	/**
	 * Page {@code page} (from 1) of the cases with {@code outcome} (all, in {@link #ORDER}, when
	 * null), given the counts {@link #counts} gave.
	 */
	List<Row> page(QaPeriod period, String criterion, Outcome outcome, String team, Map<Outcome, Integer> counts,
			int page) {
		List<Row> rows = new ArrayList<>();
		long skip = (long) (page - 1) * PAGE_SIZE;
		for (Outcome o : ORDER) {
			if (rows.size() == PAGE_SIZE) {
				break;
			}
			if (outcome != null && o != outcome) {
				continue;
			}
			int count = counts.get(o);
			if (skip >= count) {
				skip -= count;
				continue;
			}
			// The review is looked up for the page's rows only, not for those the offset skips.
			rows.addAll(this.jdbc.sql("""
					select c.case_id, c.team, c.outcome, c.evidence,
					       (select r.reviewed_outcome from review r
					        where r.tool_id = :tool and r.period = :period and r.case_id = c.case_id
					          and r.criterion = c.criterion order by r.version desc limit 1)
					from (select * from case_result
					      where run_id = :run and criterion = :criterion and outcome = :outcome
					        and (cast(:team as text) is null or team = :team)
					      order by case_id limit :limit offset :offset) c
					order by c.case_id""")
				.param("tool", period.tool().id()).param("period", period.month()).param("run", period.auditRunId())
				.param("criterion", criterion).param("outcome", o.name()).param("team", team, Types.VARCHAR)
				.param("limit", PAGE_SIZE - rows.size()).param("offset", skip)
				.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3)),
						rs.getString(4), (rs.getString(5) != null) ? Outcome.valueOf(rs.getString(5)) : null))
				.list());
			skip = 0;
		}
		return rows;
	}

	/** Every case of the criterion (of the outcome and team when given) as a CSV work list. */
	void csv(QaPeriod period, String criterion, Outcome outcome, String team, OutputStream out) throws IOException {
		this.csv.write(out, CSV_HEADER, SqlQueries.get("qa-criterion-cases-csv.sql"), period.tool().id(),
				period.month(), period.auditRunId(), criterion, (outcome != null) ? outcome.name() : null,
				(outcome != null) ? outcome.name() : null, team, team);
	}

	/** One case of the list: its outcome of the criterion, the evidence, and the current review's outcome if any. */
	record Row(String caseId, String team, Outcome outcome, String evidence, Outcome reviewed) {
	}
}
