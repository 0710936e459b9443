package org.safeguarding.audit.review;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.ScoredCase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.audit.review.ReviewsIntegrationTests.refused;

/**
 * Samples drawn from stored runs and saved. The expected cases are SampleDrawTests' and
 * ExclusionWindowTests', worked out there with sha256sum.
 */
@AuditIntegrationTest
class SamplesIntegrationTests {

	@Autowired
	Samples samples;

	@Autowired
	JdbcClient jdbc;

	PublishedRuns runs;

	@BeforeEach
	void newTool() {
		this.runs = new PublishedRuns(this.jdbc);
	}

	@Test
	void aSampleIsDrawnFromThePeriodsAuditedCasesAndSavedWithItsInputs() {
		long run = publishSampleDrawTestsPeriod();
		SavedSample saved = this.samples.draw(tool(), "2026-10", new SampleSpec(5, 42, 12, StratumKind.TEAM), "alice");
		assertThat(saved.cases()).extracting(SampledCase::caseId).containsExactly("C001", "C003", "C008", "C006", "C011");
		assertThat(saved.runId()).isEqualTo(run);
		assertThat(saved.spec()).isEqualTo(new SampleSpec(5, 42, 12, StratumKind.TEAM));
		assertThat(saved.eligible()).isEqualTo(12);
		assertThat(saved.excluded()).isZero();
		assertThat(saved.drawnBy()).isEqualTo("alice");
		assertThat(saved.period()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(this.samples.get(saved.sampleId())).contains(saved);
	}

	@Test
	void byTeamAndGradeFromTheStoredGrades() {
		publishSampleDrawTestsPeriod();
		SavedSample saved = this.samples.draw(tool(), "2026-10", new SampleSpec(10, 42, 12, StratumKind.TEAM_AND_GRADE),
				"alice");
		assertThat(saved.cases()).extracting(SampledCase::caseId)
			.containsExactly("C001", "C003", "C002", "C005", "C004", "C008", "C006", "C009", "C012", "C011");
		assertThat(saved.cases().get(1)).isEqualTo(new SampledCase("C003", "East", Grade.REQUIRES_IMPROVEMENT,
				"East / REQUIRES_IMPROVEMENT"));
	}

	@Test
	void drawingAgainWithTheSameInputsGivesTheSameCasesAndKeepsBoth() {
		publishSampleDrawTestsPeriod();
		SavedSample first = this.samples.draw(tool(), "2026-10", new SampleSpec(5, 42, 12, StratumKind.TEAM), "alice");
		SavedSample again = this.samples.draw(tool(), "2026-10", new SampleSpec(5, 42, 12, StratumKind.TEAM), "bob");
		assertThat(again.cases()).isEqualTo(first.cases());
		assertThat(this.samples.ofPeriod(tool(), "2026-10")).extracting(SavedSample::sampleId)
			.containsExactly(again.sampleId(), first.sampleId());
	}

	@Test
	void theExclusionWindowAcrossThreeStoredPeriods() {
		for (String period : List.of("2026-08", "2026-09", "2026-10", "2026-11")) {
			publishSixBabies(period);
		}
		assertThat(draw("2026-08", 12)).containsExactly("C003", "C001");
		assertThat(draw("2026-09", 12)).containsExactly("C006", "C002");
		assertThat(draw("2026-10", 12)).containsExactly("C004", "C005");
		assertThat(draw("2026-11", 2)).containsExactly("C003", "C001");
		assertThat(this.samples.ofPeriod(tool(), "2026-11").get(0).excluded()).isEqualTo(4);
	}

	@Test
	void aPeriodsNewestDrawIsItsSampleForTheWindow() {
		publishSixBabies("2026-08");
		publishSixBabies("2026-09");
		draw("2026-08", 12);
		// Drawn again with one place: August's sample is now C003 alone, so C001 is eligible in September.
		this.samples.draw(tool(), "2026-08", new SampleSpec(1, 7, 12, StratumKind.TEAM), "alice");
		assertThat(draw("2026-09", 12)).containsExactly("C001", "C006");
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		publishSampleDrawTestsPeriod();
		refused(() -> this.samples.draw(tool(), "2026-10", new SampleSpec(13, 42, 12, StratumKind.TEAM), "alice"), "size",
				"size must not be more than the 12 eligible cases of 2026-10 (was 13)");
		refused(() -> this.samples.draw(tool(), "2026-09", SampleSpec.of("", "", "", ""), "alice"), "period",
				"period 2026-09 has no published run of tool '" + tool() + "'");
		refused(() -> this.samples.draw(tool(), "October", SampleSpec.of("", "", "", ""), "alice"), "period",
				"period 'October' is not a month (YYYY-MM)");
		assertThat(this.samples.ofPeriod(tool(), "2026-10")).isEmpty();
	}

	@Test
	void samplesAreNeverChangedNorDeleted() {
		publishSampleDrawTestsPeriod();
		SavedSample saved = this.samples.draw(tool(), "2026-10", new SampleSpec(5, 42, 12, StratumKind.TEAM), "alice");
		assertThatThrownBy(() -> this.jdbc.sql("update sample set seed = 1 where sample_id = ?").param(saved.sampleId())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("sample is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from sample_case where sample_id = ?").param(saved.sampleId())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("sample_case is append-only");
	}

	private List<String> draw(String period, int window) {
		return this.samples.draw(tool(), period, new SampleSpec(2, 7, window, StratumKind.TEAM), "alice")
			.cases()
			.stream()
			.map(SampledCase::caseId)
			.toList();
	}

	/** SampleDrawTests' period: East C001–C005, North C006–C009, West C010–C012 with their grades. */
	private long publishSampleDrawTestsPeriod() {
		List<ScoredCase> cases = SampleDrawTests.PERIOD.stream()
			.map((c) -> this.runs.graded(c.caseId(), c.team(), c.grade()))
			.toList();
		return this.runs.publish("2026-10", cases, OffsetDateTime.parse("2026-11-02T09:00:00Z"));
	}

	private void publishSixBabies(String period) {
		List<ScoredCase> babies = ExclusionWindowTests.BABIES.stream()
			.map((c) -> this.runs.graded(c.caseId(), "North", Grade.GOOD))
			.toList();
		this.runs.publish(period, babies, OffsetDateTime.parse(YearMonth.parse(period).plusMonths(1) + "-02T09:00:00Z"));
	}

	private String tool() {
		return this.runs.tool.id();
	}
}
