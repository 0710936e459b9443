package org.safeguarding.audit.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.audit.AuditTool;
import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.audit.Criterion;
import org.safeguarding.audit.extract.CsvRecord;
import org.safeguarding.audit.extract.CsvRecordReader;
import org.safeguarding.audit.generate.ExtractGenerator;
import org.safeguarding.audit.generate.GeneratedDrop;
import org.safeguarding.audit.generate.GeneratorSettings;
import org.safeguarding.audit.stats.Proportions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated partnership of a few hundred babies, with bad rows mixed in, audited end to end on
 * PostgreSQL; the published files are checked against the rules, not against themselves.
 */
@AuditIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDropIntegrationTests {

	@Autowired
	AuditRunner runner;

	@TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
	static Path temp;

	GeneratedDrop drop;

	Path out;

	AuditTool tool;

	@BeforeAll
	void auditAGeneratedDrop() throws Exception {
		this.drop = new ExtractGenerator(new GeneratorSettings(300, YearMonth.of(2026, 10), 7, 0.03))
			.write(temp.resolve("drop"));
		this.out = temp.resolve("out");
		AuditRunner.RunResult result = this.runner.run(this.drop.folder(), "2026-10", null, this.out);
		assertThat(result.completed()).as(result.reason()).isTrue();
		this.tool = AuditToolLoader.load(Path.of("jobs/audit-tools/babies-under-one.yml"));
	}

	@Test
	void everyBadRowIsRejectedAndEveryOtherLoaded() throws IOException {
		List<String> rejected = lines("rejected-rows.csv");
		assertThat(rejected).hasSize((int) this.drop.badRowsWritten() + 1);
		String manifest = Files.readString(this.out.resolve("manifest.json"));
		for (Map.Entry<String, Long> file : this.drop.dataRowsPerFile().entrySet()) {
			assertThat(manifest).contains("\"name\" : \"" + file.getKey() + "\"");
		}
		long read = this.drop.dataRows();
		assertThat(manifest).contains("\"rows_read\" : ");
		assertThat(read).isGreaterThan(5000);
	}

	@Test
	void everyCaseHasEveryCriterionInToolOrderAndCaseIdsInByteOrder() throws IOException {
		List<String[]> results = rows("case-results.csv");
		List<String[]> scores = rows("case-scores.csv");
		assertThat(scores).hasSizeGreaterThan(150);
		assertThat(results).hasSize(scores.size() * this.tool.criteria().size());
		List<String> codes = this.tool.criteria().stream().map(Criterion::code).toList();
		for (int i = 0; i < results.size(); i++) {
			assertThat(results.get(i)[2]).isEqualTo(codes.get(i % codes.size()));
			assertThat(results.get(i)[0]).isEqualTo(scores.get(i / codes.size())[0]);
		}
		for (int i = 1; i < scores.size(); i++) {
			byte[] previous = scores.get(i - 1)[0].getBytes(StandardCharsets.UTF_8);
			byte[] current = scores.get(i)[0].getBytes(StandardCharsets.UTF_8);
			assertThat(java.util.Arrays.compareUnsigned(previous, current)).isNegative();
		}
	}

	@Test
	void scoresAndGradesFollowFromTheOutcomes() throws IOException {
		Map<String, List<String[]>> byCase = new HashMap<>();
		for (String[] row : rows("case-results.csv")) {
			byCase.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
		}
		for (String[] score : rows("case-scores.csv")) {
			long earned = 0;
			long possible = 0;
			int applicable = 0;
			boolean limitingNotMet = false;
			for (String[] result : byCase.get(score[0])) {
				Criterion criterion = this.tool.criterion(result[2]).orElseThrow();
				String outcome = result[3];
				assertThat(result[4]).as("evidence of %s %s", score[0], result[2]).isNotBlank();
				if (outcome.equals("NOT_APPLICABLE")) {
					continue;
				}
				applicable++;
				possible += 2L * criterion.weight();
				earned += criterion.weight() * (outcome.equals("MET") ? 2L : outcome.equals("PARTLY_MET") ? 1L : 0L);
				limitingNotMet |= criterion.limiting() && outcome.equals("NOT_MET");
			}
			BigDecimal expected = BigDecimal.valueOf(100 * earned).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
			assertThat(score[2]).isEqualTo(String.valueOf(applicable));
			assertThat(new BigDecimal(score[3])).as(score[0]).isEqualTo(expected);
			String grade = limitingNotMet ? "INADEQUATE"
					: expected.compareTo(BigDecimal.valueOf(80)) >= 0 ? "GOOD"
							: expected.compareTo(BigDecimal.valueOf(60)) >= 0 ? "REQUIRES_IMPROVEMENT" : "INADEQUATE";
			assertThat(score[4]).as(score[0]).isEqualTo(grade);
		}
	}

	@Test
	void criteriaSummaryCountsTheCaseResultsWithWilsonIntervals() throws IOException {
		Map<String, int[]> counts = new HashMap<>();
		for (String[] row : rows("case-results.csv")) {
			int[] c = counts.computeIfAbsent(row[2], code -> new int[3]);
			switch (row[3]) {
				case "MET" -> c[0]++;
				case "PARTLY_MET" -> c[1]++;
				case "NOT_MET" -> c[2]++;
				default -> {
				}
			}
		}
		List<String[]> summary = rows("criteria-summary.csv");
		assertThat(summary).extracting(row -> row[0])
			.containsExactlyElementsOf(this.tool.criteria().stream().map(Criterion::code).toList());
		for (String[] row : summary) {
			int[] c = counts.get(row[0]);
			int applicable = c[0] + c[1] + c[2];
			assertThat(row).as(row[0]).startsWith(row[0], String.valueOf(applicable), String.valueOf(c[0]),
					String.valueOf(c[1]), String.valueOf(c[2]));
			if (applicable == 0) {
				assertThat(row[5] + row[6] + row[7]).isEmpty();
				continue;
			}
			assertThat(new BigDecimal(row[5])).isEqualTo(Proportions.percent(c[0], applicable));
			double p = (double) c[0] / applicable;
			double z = 1.959964;
			double centre = (p + z * z / (2.0 * applicable)) / (1 + z * z / applicable);
			double half = z / (1 + z * z / applicable) * Math.sqrt(p * (1 - p) / applicable + z * z / (4.0 * applicable * applicable));
			assertThat(Double.parseDouble(row[6])).as(row[0]).isCloseTo(100 * (centre - half), org.assertj.core.data.Offset.offset(0.051));
			assertThat(Double.parseDouble(row[7])).as(row[0]).isCloseTo(100 * (centre + half), org.assertj.core.data.Offset.offset(0.051));
		}
	}

	@Test
	void criteriaSummaryCarriesNoPersonIdentifier() throws IOException {
		String summary = Files.readString(this.out.resolve("criteria-summary.csv"));
		assertThat(summary).doesNotContainPattern("P\\d{6}");
	}

	private List<String> lines(String file) throws IOException {
		return Files.readAllLines(this.out.resolve(file));
	}

	private List<String[]> rows(String file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(this.out.resolve(file)))) {
			reader.next();
			for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
				rows.add(record.fields().toArray(String[]::new));
			}
		}
		return rows;
	}
}
