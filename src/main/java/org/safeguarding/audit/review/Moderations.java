package org.safeguarding.audit.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.audit.audit.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of sampled cases (qa-review.md): a second auditor for a sampled case; each of the two
 * submits, once and all at once, an outcome for every criterion that applies, and neither is
 * shown the other's until both have submitted — enforced here, for every caller.
 */
@Component
public class Moderations {

	private final JdbcClient jdbc;

	private final PeriodCases cases;

	Moderations(JdbcClient jdbc, PeriodCases cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/**
	 * Pairs a second auditor with the first for a case of a saved sample.
	 * @throws InvalidInputException a field is wrong
	 * @throws EditConflictException the case already has its two auditors
	 */
	public Moderation assign(long sampleId, String caseId, String firstAuditor, String secondAuditor, String assignedBy) {
		String first = Inputs.required("firstAuditor", firstAuditor);
		String second = Inputs.required("secondAuditor", secondAuditor);
		String by = Inputs.required("assignedBy", assignedBy);
		Integer inSample = this.jdbc.sql("select count(*) from sample where sample_id = :sample")
			.param("sample", sampleId).query(Integer.class).single();
		if (inSample == 0) {
			throw new InvalidInputException("sampleId", "sampleId " + sampleId + " is not a saved sample");
		}
		if (this.jdbc.sql("select count(*) from sample_case where sample_id = :sample and case_id = :case")
			.param("sample", sampleId).param("case", caseId).query(Integer.class).single() == 0) {
			throw new InvalidInputException("caseId", "case " + Inputs.quoted(caseId) + " is not in sample " + sampleId);
		}
		if (first.equals(second)) {
			throw new InvalidInputException("secondAuditor",
					"secondAuditor must not be the first auditor (was '" + second + "')");
		}
		Optional<Long> id = this.jdbc.sql("""
				insert into moderation (sample_id, case_id, first_auditor, second_auditor, assigned_by, assigned_at)
				values (:sample, :case, :first, :second, :by, :at)
				on conflict (sample_id, case_id) do nothing returning moderation_id""")
			.param("sample", sampleId).param("case", caseId).param("first", first).param("second", second)
			.param("by", by).param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			Moderation existing = ofSample(sampleId).stream().filter((m) -> m.caseId().equals(caseId)).findFirst()
				.orElseThrow();
			throw new EditConflictException("case " + caseId + " of sample " + sampleId + " already has its auditors, "
					+ existing.firstAuditor() + " and " + existing.secondAuditor() + " (paired by "
					+ existing.assignedBy() + ")", 1);
		}
		return get(id.get()).orElseThrow();
	}

	/**
	 * Saves the auditor's outcomes ({@code criterion → outcome name}), one for every criterion that
	 * applies to the case in the period's newest published run and no other; all or nothing.
	 * @throws InvalidInputException a field is wrong, or the user is neither auditor
	 * @throws EditConflictException the auditor has submitted already (a submission is final)
	 */
	@Transactional
	public void submit(long moderationId, String auditor, Map<String, String> outcomes) {
		Moderation moderation = require(moderationId);
		if (!moderation.isAuditor(auditor)) {
			throw new InvalidInputException("auditor", "auditor " + Inputs.quoted(auditor) + " is neither auditor of case "
					+ moderation.caseId() + " of sample " + moderation.sampleId());
		}
		long run = this.cases.run(moderation.toolId(), moderation.period());
		this.cases.requireCase(run, moderation.period(), moderation.caseId());
		Map<String, Outcome> given = ModerationOutcomes.check(this.cases.outcomes(run, moderation.caseId()), outcomes,
				moderation);
		int inserted = this.jdbc.sql("""
				insert into moderation_submission (moderation_id, auditor, run_id, submitted_at)
				values (:moderation, :auditor, :run, :at) on conflict do nothing""")
			.param("moderation", moderationId).param("auditor", auditor).param("run", run)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			throw new EditConflictException(auditor + " has already submitted the outcomes of case "
					+ moderation.caseId() + " of sample " + moderation.sampleId() + ": a submission is final", 1);
		}
		given.forEach((criterion, outcome) -> this.jdbc.sql("""
				insert into moderation_outcome (moderation_id, auditor, criterion, outcome)
				values (:moderation, :auditor, :criterion, :outcome)""")
			.param("moderation", moderationId).param("auditor", auditor).param("criterion", criterion)
			.param("outcome", outcome.name())
			.update());
	}

	/** The moderated case as {@code viewer} may see it. */
	public ModerationView view(long moderationId, String viewer) {
		Moderation moderation = require(moderationId);
		Map<String, Map<String, Outcome>> submitted = new HashMap<>();
		this.jdbc.sql("select auditor from moderation_submission where moderation_id = :moderation")
			.param("moderation", moderationId)
			.query(String.class)
			.list()
			.forEach((auditor) -> submitted.put(auditor, new HashMap<>()));
		this.jdbc.sql("select auditor, criterion, outcome from moderation_outcome where moderation_id = :moderation")
			.param("moderation", moderationId)
			.query((rs) -> {
				submitted.get(rs.getString(1)).put(rs.getString(2), Outcome.valueOf(rs.getString(3)));
			});
		boolean firstIn = submitted.containsKey(moderation.firstAuditor());
		boolean secondIn = submitted.containsKey(moderation.secondAuditor());
		boolean both = firstIn && secondIn;
		List<String> applicable = this.cases.newestPublishedRun(moderation.toolId(), moderation.period())
			.map((run) -> ModerationOutcomes.applicable(this.cases.outcomes(run, moderation.caseId())))
			.orElse(List.of());
		return new ModerationView(moderation, applicable, firstIn, secondIn,
				visible(submitted, moderation.firstAuditor(), viewer, both),
				visible(submitted, moderation.secondAuditor(), viewer, both));
	}

	public Optional<Moderation> get(long moderationId) {
		return this.jdbc.sql("""
				select m.*, s.tool_id, s.period from moderation m join sample s on s.sample_id = m.sample_id
				where m.moderation_id = :moderation""")
			.param("moderation", moderationId)
			.query((rs, i) -> moderation(rs))
			.optional();
	}

	/** The sample's moderated cases, in the sample's order. */
	public List<Moderation> ofSample(long sampleId) {
		return this.jdbc.sql("""
				select m.*, s.tool_id, s.period from moderation m join sample s on s.sample_id = m.sample_id
				join sample_case sc on sc.sample_id = m.sample_id and sc.case_id = m.case_id
				where m.sample_id = :sample order by sc.position""")
			.param("sample", sampleId)
			.query((rs, i) -> moderation(rs))
			.list();
	}

	private Moderation require(long moderationId) {
		return get(moderationId).orElseThrow(() -> new InvalidInputException("moderationId",
				"moderationId " + moderationId + " is not a moderated case"));
	}

	private static Map<String, Outcome> visible(Map<String, Map<String, Outcome>> submitted, String auditor,
			String viewer, boolean both) {
		return (both || auditor.equals(viewer)) ? submitted.getOrDefault(auditor, Map.of()) : Map.of();
	}

	private static Moderation moderation(ResultSet rs) throws SQLException {
		return new Moderation(rs.getLong("moderation_id"), rs.getLong("sample_id"), rs.getString("tool_id"),
				YearMonth.parse(rs.getString("period")), rs.getString("case_id"), rs.getString("first_auditor"),
				rs.getString("second_auditor"), rs.getString("assigned_by"),
				rs.getObject("assigned_at", OffsetDateTime.class));
	}
}
