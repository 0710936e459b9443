package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguarding.audit.audit.Grade;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly samples (qa-review.md): drawn from a period's audited cases by {@link SampleDraw} and
 * saved with their inputs, who drew them and when. A period's sample, for the exclusion window of
 * later periods, is its newest draw.
 */
@Component
public class Samples {

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	Samples(JdbcClient jdbc, PeriodCases cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/**
	 * Draws and saves the period's sample.
	 * @throws InvalidInputException a field is wrong (a size larger than the eligible cases names both)
	 */
	@Transactional
	public SavedSample draw(String toolId, String period, SampleSpec spec, String drawnBy) {
		String tool = Inputs.required("toolId", toolId);
		YearMonth month = Inputs.period(period);
		String by = Inputs.required("drawnBy", drawnBy);
		long run = this.cases.run(tool, month);
		List<EligibleCase> audited = this.jdbc.sql("select case_id, team, grade from case_score where run_id = :run")
			.param("run", run)
			.query((rs, i) -> new EligibleCase(rs.getString(1), rs.getString(2), Grade.valueOf(rs.getString(3))))
			.list();
		DrawnSample drawn = SampleDraw.draw(month, spec, audited, earlier(tool, month, spec.exclusionMonths()));
		long sampleId = this.jdbc.sql("""
				insert into sample (tool_id, period, run_id, size, seed, exclusion_months, strata, eligible, excluded,
				    drawn_by, drawn_at)
				values (:tool, :period, :run, :size, :seed, :window, :strata, :eligible, :excluded, :by, :at)
				returning sample_id""")
			.param("tool", tool).param("period", month.toString()).param("run", run).param("size", spec.size())
			.param("seed", spec.seed()).param("window", spec.exclusionMonths()).param("strata", spec.strata().name())
			.param("eligible", drawn.eligible()).param("excluded", drawn.excluded()).param("by", by)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		int position = 1;
		for (SampledCase sampled : drawn.cases()) {
			this.jdbc.sql("""
					insert into sample_case (sample_id, position, case_id, team, grade, stratum)
					values (:sample, :position, :case, :team, :grade, :stratum)""")
				.param("sample", sampleId).param("position", position++).param("case", sampled.caseId())
				.param("team", sampled.team()).param("grade", sampled.grade().name()).param("stratum", sampled.stratum())
				.update();
		}
		return get(sampleId).orElseThrow();
	}

	public Optional<SavedSample> get(long sampleId) {
		List<SampledCase> sampled = this.jdbc.sql("""
				select case_id, team, grade, stratum from sample_case where sample_id = :sample order by position""")
			.param("sample", sampleId)
			.query((rs, i) -> new SampledCase(rs.getString(1), rs.getString(2), Grade.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list();
		return this.jdbc.sql("select * from sample where sample_id = :sample")
			.param("sample", sampleId)
			.query((rs, i) -> sample(rs, sampled))
			.optional();
	}

	/** The period's samples, newest first (the first is the period's sample). */
	public List<SavedSample> ofPeriod(String toolId, String period) {
		return this.jdbc.sql("""
				select sample_id from sample where tool_id = :tool and period = :period
				order by drawn_at desc, sample_id desc""")
			.param("tool", toolId)
			.param("period", Inputs.period(period).toString())
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> get(id).orElseThrow())
			.toList();
	}

	/** The newest sample of each of the {@code window} periods before {@code period}. */
	private List<PastSample> earlier(String tool, YearMonth period, int window) {
		Map<YearMonth, Set<String>> byPeriod = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.period, sc.case_id from sample_case sc join (
				    select distinct on (period) sample_id, period from sample
				    where tool_id = :tool and period >= :from and period < :period
				    order by period, drawn_at desc, sample_id desc
				) s on s.sample_id = sc.sample_id""")
			.param("tool", tool)
			.param("from", period.minusMonths(window).toString())
			.param("period", period.toString())
			.query((rs) -> {
				byPeriod.computeIfAbsent(YearMonth.parse(rs.getString(1)), (p) -> new HashSet<>()).add(rs.getString(2));
			});
		List<PastSample> earlier = new ArrayList<>();
		byPeriod.forEach((month, ids) -> earlier.add(new PastSample(month, ids)));
		return earlier;
	}

	private static SavedSample sample(ResultSet rs, List<SampledCase> sampled) throws SQLException {
		SampleSpec spec = new SampleSpec(rs.getInt("size"), rs.getLong("seed"), rs.getInt("exclusion_months"),
				StratumKind.valueOf(rs.getString("strata")));
		return new SavedSample(rs.getLong("sample_id"), rs.getString("tool_id"), YearMonth.parse(rs.getString("period")),
				rs.getLong("run_id"), spec, rs.getInt("eligible"), rs.getInt("excluded"), rs.getString("drawn_by"),
				rs.getObject("drawn_at", OffsetDateTime.class), sampled);
	}
}
