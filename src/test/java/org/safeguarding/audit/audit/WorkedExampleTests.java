package org.safeguarding.audit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.audit.audit.Baby.date;

/** The worked example of babies-under-one.md must come out exactly as the spec's expected files say. */
class WorkedExampleTests {

	/** Copies of spec/examples/worked-example/expected-*.csv, so the build does not reach outside the repo. */
	private static final String EXPECTED = "/worked-example/";

	/** The example's drop (spec/examples/worked-example/drop) as a case file. */
	static Baby workedExample() {
		return Baby.baby()
			.born(date("2026-07-01"))
			.due(date("2026-07-05"))
			.referred("E1", date("2026-06-15"))
			.sex("P2", "F")
			.sex("P3", "M")
			.lives("MOTHER", "P2")
			.lives("FATHER", "P3")
			.did("CARER_ASSESSMENT", date("2026-06-20"), "P3")
			.did("GP_NOTIFIED", date("2026-06-19"))
			.did("CHRONOLOGY_UPDATED", date("2026-09-01"))
			.did("DA_ENQUIRY", date("2026-05-10"), "P2")
			.did("SAFE_SLEEP_ADVICE", date("2026-07-03"))
			.did("COPING_WITH_CRYING_ADVICE", date("2026-07-03"), "P2")
			.did("PRE_BIRTH_ASSESSMENT", date("2026-06-25"));
	}

	@Test
	void everyOutcomeIsTheExpectedOne() throws IOException {
		ScoredCase scored = DefaultTool.score(workedExample());
		List<String> rows = scored.outcomes()
			.stream()
			.map((o) -> String.join(",", scored.caseId(), scored.team(), o.criterion(), o.outcome().name()))
			.toList();
		assertThat(rows).containsExactlyElementsOf(dataLines("expected-case-results.csv"));
	}

	@Test
	void scoreAndGradeAreTheExpectedOnes() throws IOException {
		ScoredCase scored = DefaultTool.score(workedExample());
		String row = String.join(",", scored.caseId(), scored.team(), Integer.toString(scored.applicableCriteria()),
				scored.score().toPlainString(), scored.grade().name());
		assertThat(List.of(row)).containsExactlyElementsOf(dataLines("expected-case-scores.csv"));
		assertThat(scored.applicableCriteria()).isEqualTo(11);
		assertThat(scored.score()).hasToString("61.5");
		assertThat(scored.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
	}

	@Test
	void evidenceReadsAsTheSpecExplainsIt() {
		ScoredCase scored = DefaultTool.score(workedExample());
		assertThat(scored.outcomes()).extracting(CriterionOutcome::evidence)
			.containsExactly("father recorded: P3", "carer assessment: P3 (father) on 2026-06-20",
					"household never verified", "GP told 2026-06-19, 4 days after referral 2026-06-15",
					"chronology last updated 2026-09-01, 60 days before the audit date (more than 28)",
					"DA enquiry completed 2026-05-10", "no DA enquiry since birth, completed or explained",
					"safe-sleep advice 2026-07-03; no co-sleeping assessment",
					"coping-with-crying advice: P2 (mother) on 2026-07-03; none recorded for P3 (father)",
					"pre-birth assessment 2026-06-25, 10 days before due date 2026-07-05 (needs 28 days before)",
					"no bruising recorded under 183 days of age", "no CP plan", "no supervision recorded",
					"no domestic-abuse factor (3A, 3B, 3C) at assessment; factors found: none", "no recorded dates");
	}

	private static List<String> dataLines(String csv) throws IOException {
		try (InputStream in = WorkedExampleTests.class.getResourceAsStream(EXPECTED + csv)) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			return lines.subList(1, lines.size()).stream().filter((line) -> !line.isBlank()).toList();
		}
	}
}
