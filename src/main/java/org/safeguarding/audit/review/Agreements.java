package org.safeguarding.audit.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreement of the moderated cases of a tool's samples over a range of periods: only cases both
 * auditors have submitted count; automated outcomes are those of each period's newest published run.
 */
@Component
public class Agreements {

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	Agreements(JdbcClient jdbc, PeriodCases cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/** The agreement over the samples of the periods {@code from} to {@code to}, both included. */
	public AgreementReport agreement(AuditTool tool, String from, String to) {
		YearMonth first = period("from", from);
		YearMonth last = period("to", to);
		if (last.isBefore(first)) {
			throw new InvalidInputException("to", "to must not be before from (was " + last + ", from " + first + ")");
		}
		List<Completed> completed = this.jdbc.sql("""
				select m.moderation_id, m.case_id, s.period, sc.team, m.first_auditor, m.second_auditor
				from moderation m
				join sample s on s.sample_id = m.sample_id
				join sample_case sc on sc.sample_id = m.sample_id and sc.case_id = m.case_id
				where s.tool_id = :tool and s.period between :from and :to
				  and 2 = (select count(*) from moderation_submission x where x.moderation_id = m.moderation_id)
				order by s.period, m.moderation_id""")
			.param("tool", tool.id()).param("from", first.toString()).param("to", last.toString())
			.query((rs, i) -> new Completed(rs.getLong(1), rs.getString(2), YearMonth.parse(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
		Map<Long, Map<String, Map<String, Outcome>>> outcomes = new HashMap<>();
		this.jdbc.sql("""
				select moderation_id, auditor, criterion, outcome from moderation_outcome
				where moderation_id = any(:ids)""")
			.param("ids", completed.stream().map(Completed::moderationId).toArray(Long[]::new))
			.query((rs) -> {
				outcomes.computeIfAbsent(rs.getLong(1), (m) -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), (a) -> new HashMap<>())
					.put(rs.getString(3), Outcome.valueOf(rs.getString(4)));
			});
		Map<YearMonth, Long> runs = new HashMap<>();
		List<ModeratedCase> moderated = new ArrayList<>();
		for (Completed c : completed) {
			Long run = runs.computeIfAbsent(c.period(),
					(p) -> this.cases.newestPublishedRun(tool.id(), p).orElse(null));
			Map<String, Outcome> automated = (run == null) ? Map.of() : this.cases.outcomes(run, c.caseId());
			Map<String, Map<String, Outcome>> byAuditor = outcomes.getOrDefault(c.moderationId(), Map.of());
			moderated.add(new ModeratedCase(c.caseId(), c.team(), automated,
					byAuditor.getOrDefault(c.firstAuditor(), Map.of()), byAuditor.getOrDefault(c.secondAuditor(), Map.of())));
		}
		return AgreementReport.of(tool, moderated);
	}

	private static YearMonth period(String field, String value) {
		try {
			return Inputs.period(value);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(field, ex.getMessage().replaceFirst("^period", field));
		}
	}

	private record Completed(long moderationId, String caseId, YearMonth period, String team, String firstAuditor,
			String secondAuditor) {
	}
}
