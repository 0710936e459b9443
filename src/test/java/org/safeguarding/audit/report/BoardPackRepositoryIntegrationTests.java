package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.GradeCount;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.BoardPackData.ReasonCount;
import org.safeguarding.audit.report.BoardPackData.TableCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;
import org.safeguarding.audit.report.QaFindingsRepository.CaseFindings;
import org.safeguarding.audit.report.QaFindingsRepository.RejectedRow;

/** The board pack and QA queries against a generated history in a real PostgreSQL. */
class BoardPackRepositoryIntegrationTests {

	static AuditHistory history;

	static BoardPackData data;

	static QaFindingsRepository qa;

	@BeforeAll
	static void load() {
		history = AuditHistory.in(TestDatabase.dataSource());
		JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
		data = new BoardPackRepository(jdbc).load(history.runId);
		qa = new QaFindingsRepository(jdbc);
	}

	@Test
	void theRunIsReadWithItsToolAndPeriod() {
		assertThat(data.run().period()).isEqualTo("2026-10");
		assertThat(data.run().toolId()).isEqualTo(AuditHistory.TOOL);
		assertThat(data.run().loadId()).isEqualTo(history.loadId);
	}

	@Test
	void criteriaComeInToolOrder() {
		assertThat(data.criteria()).extracting(CriterionCounts::criterion)
			.containsExactlyElementsOf(AuditHistory.CRITERIA.stream().map(AuditHistory.Criterion::code).toList());
	}

	@Test
	void historyIsThisRunAndTheElevenAuditedPeriodsBeforeIt() {
		List<String> periods = data.history().stream().map(PeriodCounts::period).distinct().toList();
		assertThat(periods).containsExactly("2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
				"2026-06", "2026-07", "2026-08", "2026-09", "2026-10");
		assertThat(data.history()).hasSize(12 * AuditHistory.CRITERIA.size());
	}

	@Test
	void historyTakesTheLatestScoredOrPublishedRunOfEachPeriodOfTheSameTool() {
		// The decoys (an older 2026-08 run, a 2026-09 run still SCORING, another tool's 2026-09)
		// have every case MET for FATHER_IDENTIFIED; the runs to take do not.
		Map<String, PeriodCounts> father = data.history()
			.stream()
			.filter(p -> p.criterion().equals("FATHER_IDENTIFIED"))
			.collect(Collectors.toMap(PeriodCounts::period, p -> p));
		assertThat(father.get("2026-08").met()).isLessThan(father.get("2026-08").applicable());
		assertThat(father.get("2026-09").met()).isLessThan(father.get("2026-09").applicable());
	}

	@Test
	void teamCountsAddUpToTheSummary() {
		Map<String, Long> applicableByCriterion = data.teams()
			.stream()
			.collect(Collectors.groupingBy(TeamCounts::criterion, Collectors.summingLong(TeamCounts::applicable)));
		for (CriterionCounts c : data.criteria()) {
			assertThat(applicableByCriterion.get(c.criterion())).as(c.criterion()).isEqualTo(c.applicable());
		}
		assertThat(data.teams()).extracting(TeamCounts::team).containsOnly("East", "Hospital", "North", "South", "West");
	}

	@Test
	void gradesCountEveryCase() {
		assertThat(data.grades().stream().mapToLong(GradeCount::cases).sum()).isEqualTo(128);
	}

	@Test
	void extractCountsArePerTableOfTheRunsLoad() {
		assertThat(data.tables()).contains(new TableCounts("ext_agency_events", 2, 6000, 5990, 10),
				new TableCounts("ssd_person", 1, 120, 117, 3));
	}

	@Test
	void rejectionReasonsAreGroupedByKindWithoutValues() {
		assertThat(data.reasons()).containsExactly(
				new ReasonCount("ext_agency_events", "evnt_event_date is not a valid date", 6),
				new ReasonCount("ext_agency_events", "evnt_event_id repeats an earlier row's id", 4),
				new ReasonCount("ssd_person", "pers_dob is not a valid date", 2),
				new ReasonCount("ssd_cin_episodes", "cine_person_id names a row that is not loaded", 1),
				new ReasonCount("ssd_person", "pers_sex is not one of its codes", 1));
		assertThat(data.reasons()).extracting(ReasonCount::reason).noneMatch(r -> r.matches(".*(PERSON|EVT|REF|/).*"));
	}

	@Test
	void casesComeAPageAtATimeInByteOrderWithTheirOutcomesInToolOrder() {
		List<String> criteria = qa.criteria(history.runId);
		assertThat(criteria).hasSize(AuditHistory.CRITERIA.size());
		List<CaseFindings> first = qa.cases(history.runId, "North", null, "", 2, criteria);
		assertThat(first).hasSize(2).extracting(CaseFindings::caseId).isSorted();
		CaseFindings one = first.get(0);
		List<Map<String, Object>> stored = JdbcClient.create(TestDatabase.dataSource())
			.sql("select outcome, evidence from case_result where run_id = ? and case_id = ? order by criterion_seq")
			.params(history.runId, one.caseId())
			.query()
			.listOfRows();
		assertThat(one.outcomes()).containsExactlyElementsOf(stored.stream().map(r -> (String) r.get("outcome")).toList());
		assertThat(one.evidence()).containsExactlyElementsOf(stored.stream().map(r -> (String) r.get("evidence")).toList());
		List<CaseFindings> next = qa.cases(history.runId, "North", null, first.get(1).caseId(), 2, criteria);
		assertThat(next.get(0).caseId()).isGreaterThan(first.get(1).caseId());
		assertThat(qa.cases(history.runId, null, "INADEQUATE", "", 1000, criteria)).extracting(CaseFindings::grade)
			.containsOnly("INADEQUATE");
	}

	@Test
	void rejectedRowsAreCounted() {
		assertThat(qa.rejectedCount(history.loadId)).isEqualTo(14);
	}

	@Test
	void rejectedRowsComeByFileThenLine() {
		List<RejectedRow> first = qa.rejectedRows(history.loadId, "", 0, 5);
		assertThat(first).extracting(RejectedRow::fileName).first().isEqualTo("ext_agency_events.csv");
		List<RejectedRow> rest = qa.rejectedRows(history.loadId, first.get(4).fileName(), first.get(4).lineNo(), 100);
		List<String> all = java.util.stream.Stream.concat(first.stream(), rest.stream())
			.map(r -> r.fileName() + String.format(":%05d", r.lineNo()))
			.toList();
		assertThat(all).hasSize(14).isSorted().doesNotHaveDuplicates();
	}
}
