package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.audit.ScoredCase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.safeguarding.audit.review.ReviewsIntegrationTests.refused;

/**
 * Moderation on a real PostgreSQL: blind until both have submitted, every applicable criterion
 * and no other, once; then agreement. Eleven cases, each babies-under-one.md's worked example, in
 * which these eleven criteria apply.
 */
@AuditIntegrationTest
class ModerationsIntegrationTests {

	static final List<String> APPLICABLE = List.of("FATHER_IDENTIFIED", "MEN_ASSESSED", "HOUSEHOLD_VERIFIED",
			"GP_INFORMED", "CHRONOLOGY_CURRENT", "DA_ENQUIRY_ANTENATAL", "DA_ENQUIRY_POSTNATAL", "SAFE_SLEEP",
			"CRYING_ADVICE", "PRE_BIRTH_ASSESSMENT", "SUPERVISION_CURRENT");

	@Autowired
	Samples samples;

	@Autowired
	Moderations moderations;

	@Autowired
	Agreements agreements;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	SavedSample sample;

	@BeforeEach
	void sampleEveryCase() {
		this.runs = new PublishedRuns(this.jdbc);
		List<ScoredCase> cases = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			cases.add(this.runs.worked("C%03d".formatted(i), "North"));
		}
		this.runs.publish("2026-10", cases, OffsetDateTime.parse("2026-11-02T09:00:00Z"));
		this.sample = this.samples.draw(this.runs.tool.id(), "2026-10", new SampleSpec(11, 1, 12, StratumKind.TEAM),
				"carol");
	}

	@Test
	void neitherAuditorSeesTheOthersOutcomesUntilBothHaveSubmitted() {
		Moderation moderation = this.moderations.assign(this.sample.sampleId(), "C001", "alice", "bob", "carol");
		assertThat(this.moderations.view(moderation.moderationId(), "bob").applicableCriteria())
			.containsExactlyElementsOf(APPLICABLE);
		this.moderations.submit(moderation.moderationId(), "alice", outcomes("FATHER_IDENTIFIED", "NOT_MET"));
		ModerationView bobBefore = this.moderations.view(moderation.moderationId(), "bob");
		assertThat(bobBefore.firstSubmitted()).isTrue();
		assertThat(bobBefore.secondSubmitted()).isFalse();
		assertThat(bobBefore.first()).isEmpty();
		assertThat(this.moderations.view(moderation.moderationId(), "carol").first()).isEmpty();
		assertThat(this.moderations.view(moderation.moderationId(), "alice").first())
			.containsEntry("FATHER_IDENTIFIED", Outcome.NOT_MET)
			.hasSize(11);
		this.moderations.submit(moderation.moderationId(), "bob", outcomes());
		for (String viewer : List.of("alice", "bob", "carol")) {
			ModerationView after = this.moderations.view(moderation.moderationId(), viewer);
			assertThat(after.complete()).isTrue();
			assertThat(after.first()).containsEntry("FATHER_IDENTIFIED", Outcome.NOT_MET);
			assertThat(after.second()).containsEntry("FATHER_IDENTIFIED", Outcome.MET);
		}
	}

	@Test
	void aSubmissionHasEveryApplicableCriterionAndNoOtherAndIsAllOrNothing() {
		long id = this.moderations.assign(this.sample.sampleId(), "C002", "alice", "bob", "carol").moderationId();
		Map<String, String> missing = outcomes();
		missing.remove("SUPERVISION_CURRENT");
		refused(() -> this.moderations.submit(id, "alice", missing), "outcomes.SUPERVISION_CURRENT",
				"the outcome of SUPERVISION_CURRENT is required");
		Map<String, String> extra = outcomes("BRUISING_RESPONSE", "NOT_MET");
		refused(() -> this.moderations.submit(id, "alice", extra), "outcomes.BRUISING_RESPONSE",
				"criterion BRUISING_RESPONSE does not apply to case C002 in 2026-10 (automated outcome NOT_APPLICABLE):"
						+ " it takes no outcome");
		refused(() -> this.moderations.submit(id, "alice", outcomes("GP_INFORMED", "YES")), "outcomes.GP_INFORMED",
				"outcomes.GP_INFORMED must be one of MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE (was 'YES')");
		refused(() -> this.moderations.submit(id, "alice", outcomes("NAPPIES", "MET")), "outcomes.NAPPIES",
				"criterion 'NAPPIES' is not a criterion of tool '" + this.runs.tool.id() + "'");
		refused(() -> this.moderations.submit(id, "dave", outcomes()), "auditor",
				"auditor 'dave' is neither auditor of case C002 of sample " + this.sample.sampleId());
		assertThat(this.moderations.view(id, "alice").firstSubmitted()).isFalse();
		// An auditor may judge that a criterion which applied on the record does not apply.
		this.moderations.submit(id, "alice", outcomes("GP_INFORMED", "NOT_APPLICABLE"));
		assertThat(this.moderations.view(id, "alice").first()).containsEntry("GP_INFORMED", Outcome.NOT_APPLICABLE);
	}

	@Test
	void aSubmissionIsFinal() {
		long id = this.moderations.assign(this.sample.sampleId(), "C003", "alice", "bob", "carol").moderationId();
		this.moderations.submit(id, "alice", outcomes());
		assertThatThrownBy(() -> this.moderations.submit(id, "alice", outcomes("SAFE_SLEEP", "MET")))
			.isInstanceOf(EditConflictException.class)
			.hasMessage("alice has already submitted the outcomes of case C003 of sample " + this.sample.sampleId()
					+ ": a submission is final");
		assertThat(this.moderations.view(id, "alice").first()).containsEntry("SAFE_SLEEP", Outcome.PARTLY_MET);
	}

	@Test
	void pairingIsCheckedAndDoneOnce() {
		long sampleId = this.sample.sampleId();
		refused(() -> this.moderations.assign(sampleId, "C004", "alice", "alice", "carol"), "secondAuditor",
				"secondAuditor must not be the first auditor (was 'alice')");
		refused(() -> this.moderations.assign(sampleId, "C999", "alice", "bob", "carol"), "caseId",
				"case 'C999' is not in sample " + sampleId);
		refused(() -> this.moderations.assign(-1, "C004", "alice", "bob", "carol"), "sampleId",
				"sampleId -1 is not a saved sample");
		this.moderations.assign(sampleId, "C004", "alice", "bob", "carol");
		assertThatThrownBy(() -> this.moderations.assign(sampleId, "C004", "dave", "erin", "carol"))
			.isInstanceOf(EditConflictException.class)
			.hasMessage("case C004 of sample " + sampleId + " already has its auditors, alice and bob (paired by carol)");
		assertThat(this.moderations.ofSample(sampleId)).extracting(Moderation::caseId).containsExactly("C004");
	}

	@Test
	void agreementCountsOnlyCasesBothAuditorsHaveSubmitted() {
		// AgreementReportTests' FATHER_IDENTIFIED pattern over C001–C010; every other criterion as automated.
		String first = "MMMMMNNNNN";
		String second = "MMMMPNNNNM";
		for (int i = 0; i < 10; i++) {
			long id = this.moderations.assign(this.sample.sampleId(), "C%03d".formatted(i + 1), "alice", "bob", "carol")
				.moderationId();
			this.moderations.submit(id, "alice", outcomes("FATHER_IDENTIFIED", letter(first.charAt(i))));
			this.moderations.submit(id, "bob", outcomes("FATHER_IDENTIFIED", letter(second.charAt(i))));
		}
		// C011: only the first auditor has submitted, so it is not counted.
		long half = this.moderations.assign(this.sample.sampleId(), "C011", "alice", "bob", "carol").moderationId();
		this.moderations.submit(half, "alice", outcomes("FATHER_IDENTIFIED", "NOT_MET"));
		AgreementReport report = this.agreements.agreement(this.runs.tool, "2026-10", "2026-10");
		assertThat(report.moderatedCases()).isEqualTo(10);
		// κ = .35 / .55 (worked in AgreementReportTests).
		assertThat(((Agreement.Kappa) report.byCriterion().get("FATHER_IDENTIFIED")).kappa())
			.isCloseTo(0.636363636363, within(1e-11));
		assertThat(report.byCriterion().get("MEN_ASSESSED")).isEqualTo(new Agreement.NoVariation(10));
		// First auditor against the automated MET: rows M 5, N 5, columns M 10: p_o = .5, p_e = .5, κ = 0.
		assertThat(((Agreement.Kappa) report.firstAuditorVersusAutomated().get("FATHER_IDENTIFIED")).kappa())
			.isCloseTo(0, within(1e-12));
		assertThat(this.agreements.agreement(this.runs.tool, "2026-11", "2026-12").moderatedCases()).isZero();
		refused(() -> this.agreements.agreement(this.runs.tool, "2026-10", "2026-09"), "to",
				"to must not be before from (was 2026-09, from 2026-10)");
	}

	@Test
	void moderationIsNeverChangedNorDeleted() {
		long id = this.moderations.assign(this.sample.sampleId(), "C005", "alice", "bob", "carol").moderationId();
		this.moderations.submit(id, "alice", outcomes());
		assertThatThrownBy(() -> this.jdbc.sql("update moderation_outcome set outcome = 'MET' where moderation_id = ?")
			.param(id).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("moderation_outcome is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from moderation_submission where moderation_id = ?").param(id)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("moderation_submission is append-only");
	}

	/** The worked example's automated outcome of every applicable criterion, with changes. */
	private static Map<String, String> outcomes(String... changes) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (String line : PublishedRuns.WORKED_EXAMPLE) {
			String[] parts = line.split(" ");
			if (APPLICABLE.contains(parts[0])) {
				outcomes.put(parts[0], parts[1]);
			}
		}
		for (int i = 0; i < changes.length; i += 2) {
			outcomes.put(changes[i], changes[i + 1]);
		}
		return outcomes;
	}

	private static String letter(char c) {
		return switch (c) {
			case 'M' -> "MET";
			case 'P' -> "PARTLY_MET";
			default -> "NOT_MET";
		};
	}
}
