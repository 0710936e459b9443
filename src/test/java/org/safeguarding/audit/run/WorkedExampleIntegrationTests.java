package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.TestDrops;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The contract's worked example, run end to end, comes out exactly. */
@AuditIntegrationTest
class WorkedExampleIntegrationTests {

	private static final Path EXPECTED = Path.of("src/test/resources/worked-example");

	@Autowired
	AuditRunner runner;

	@TempDir
	Path temp;

	@Test
	void workedExampleComesOutExactly() throws Exception {
		Path out = this.temp.resolve("out");
		AuditRunner.RunResult result = this.runner.run(TestDrops.workedExample(this.temp), "2026-10", null, out);

		assertThat(result.completed()).as(result.reason()).isTrue();
		assertThat(withoutEvidence(out.resolve("case-results.csv")))
			.isEqualTo(Files.readAllLines(EXPECTED.resolve("expected-case-results.csv")));
		assertThat(Files.readAllLines(out.resolve("case-scores.csv")))
			.isEqualTo(Files.readAllLines(EXPECTED.resolve("expected-case-scores.csv")))
			.containsExactly("case_id,team,applicable_criteria,score,grade", "P1,North,11,61.5,REQUIRES_IMPROVEMENT");
	}

	@Test
	void evidenceSaysWhyEachOutcomeWasGiven() throws Exception {
		Path out = this.temp.resolve("out");
		this.runner.run(TestDrops.workedExample(this.temp), "2026-10", null, out);

		String results = Files.readString(out.resolve("case-results.csv"));
		assertThat(results).contains("2026-06-19").contains("2026-06-15").contains("P3");
		assertThat(Files.readAllLines(out.resolve("case-results.csv")))
			.allSatisfy(line -> assertThat(line.split(",", 5)).hasSize(5));
	}

	@Test
	void sameDropAndPeriodGiveByteIdenticalFiles() throws Exception {
		Path drop = TestDrops.workedExample(this.temp);
		this.runner.run(drop, "2026-10", null, this.temp.resolve("first"));
		this.runner.run(drop, "2026-10", null, this.temp.resolve("second"));

		for (String file : List.of("case-results.csv", "case-scores.csv", "criteria-summary.csv",
				"rejected-rows.csv")) {
			assertThat(Files.readAllBytes(this.temp.resolve("second").resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(this.temp.resolve("first").resolve(file)));
		}
	}

	@Test
	void copyOfTheExampleMatchesTheContract() throws Exception {
		Path contract = Path.of("../shared/spec/examples/worked-example");
		assumeTrue(Files.isDirectory(contract), "the contract folder is not beside this checkout");
		for (String file : List.of("expected-case-results.csv", "expected-case-scores.csv", "drop/ssd_person.csv",
				"drop/ssd_cin_episodes.csv", "drop/ext_person_relationship.csv", "drop/ext_agency_events.csv")) {
			assertThat(Files.readString(EXPECTED.resolve(file))).as(file).isEqualTo(Files.readString(contract.resolve(file)));
		}
	}

	private static List<String> withoutEvidence(Path caseResults) throws Exception {
		return Files.readAllLines(caseResults)
			.stream()
			.map(line -> line.substring(0, nthComma(line, 4)))
			.collect(Collectors.toList());
	}

	private static int nthComma(String line, int n) {
		int at = -1;
		for (int i = 0; i < n; i++) {
			at = line.indexOf(',', at + 1);
		}
		return at;
	}
}
