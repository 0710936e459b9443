package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExtractGeneratorTests {

	private static final String EVENTS_HEADER = "evnt_event_id,evnt_person_id,evnt_subject_person_id,evnt_agency,"
			+ "evnt_event_type,evnt_event_date,evnt_recorded_date,evnt_outcome,evnt_reason";

	@TempDir
	Path dir;

	static GeneratedDrop generate(Path folder, int cases, String period, long seed, double badRowRate) {
		return new ExtractGenerator(new GeneratorSettings(cases, YearMonth.parse(period), seed, badRowRate)).write(folder);
	}

	@Test
	void sameSettingsWriteTheSameBytes() throws IOException {
		generate(this.dir.resolve("a"), 300, "2026-06", 7, 0.1);
		generate(this.dir.resolve("b"), 300, "2026-06", 7, 0.1);
		for (String file : fileNames(this.dir.resolve("a"))) {
			assertThat(Files.readAllBytes(this.dir.resolve("b").resolve(file)))
				.as(file)
				.isEqualTo(Files.readAllBytes(this.dir.resolve("a").resolve(file)));
		}
	}

	@Test
	void theDemosPartnershipInItsFaultyOctoberIsTheSameBytesEveryTime() throws IOException {
		generate(this.dir.resolve("a"), 300, "2026-10", 20261, 0.01);
		generate(this.dir.resolve("b"), 300, "2026-10", 20261, 0.01);
		for (String file : fileNames(this.dir.resolve("a"))) {
			assertThat(Files.readAllBytes(this.dir.resolve("b").resolve(file)))
				.as(file)
				.isEqualTo(Files.readAllBytes(this.dir.resolve("a").resolve(file)));
		}
	}

	@Test
	void anotherSeedWritesOtherFiles() throws IOException {
		generate(this.dir.resolve("a"), 300, "2026-06", 7, 0);
		generate(this.dir.resolve("b"), 300, "2026-06", 8, 0);
		for (String file : fileNames(this.dir.resolve("a"))) {
			assertThat(Files.readAllBytes(this.dir.resolve("b").resolve(file)))
				.as(file)
				.isNotEqualTo(Files.readAllBytes(this.dir.resolve("a").resolve(file)));
		}
	}

	@Test
	void writesEveryFileWithItsHeaderAndNothingElse() throws IOException {
		GeneratedDrop drop = generate(this.dir, 50, "2026-06", 1, 0);
		Map<String, String> headers = new HashMap<>();
		for (String agency : List.of("csc", "midwifery", "health_visiting", "gp", "police", "hospital")) {
			headers.put("ext_agency_events_" + agency + ".csv", EVENTS_HEADER);
		}
		headers.put("ssd_person.csv", "pers_person_id,pers_sex,pers_dob,pers_expected_dob");
		headers.put("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date,"
				+ "cine_referral_team,cine_referral_source_code");
		headers.put("ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_person_id,cppl_referral_id,cppl_cp_plan_start_date,"
				+ "cppl_cp_plan_end_date,cppl_cp_plan_initial_category");
		headers.put("ssd_cin_assessments.csv", "cina_assessment_id,cina_person_id,cina_referral_id,"
				+ "cina_assessment_start_date,cina_assessment_auth_date");
		headers.put("ssd_assessment_factors.csv", "cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json");
		headers.put("ext_person_relationship.csv", "rela_relationship_id,rela_person_id,rela_related_person_id,"
				+ "rela_relationship_type,rela_lives_with_child,rela_start_date,rela_end_date");
		assertThat(fileNames(this.dir)).containsExactlyInAnyOrderElementsOf(headers.keySet());
		assertThat(drop.dataRowsPerFile().keySet()).containsExactlyElementsOf(fileNames(this.dir));
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String text = Files.readString(this.dir.resolve(header.getKey()), StandardCharsets.UTF_8);
			assertThat(text).as(header.getKey()).startsWith(header.getValue() + "\n").doesNotContain("\r").endsWith("\n");
		}
	}

	@Test
	void everyRowOfACleanDropLoads() throws IOException {
		GeneratedDrop drop = generate(this.dir, 500, "2026-06", 3, 0);
		DropChecker checker = DropChecker.check(this.dir);
		assertThat(checker.rejections).isEmpty();
		assertThat(drop.badRowsWritten()).isZero();
		assertThat(drop.badRowsPerKind()).isEmpty();
		for (String file : fileNames(this.dir)) {
			String table = TableRule.forFile(file).table();
			long loaded = checker.rows(table).stream().filter((row) -> row.file().equals(file)).count();
			assertThat(loaded).as(file).isEqualTo(drop.dataRowsPerFile().get(file)).isPositive();
		}
		Set<String> children = checker.rows("ssd_cin_episodes").stream().map((e) -> e.get("cine_person_id"))
			.collect(Collectors.toSet());
		assertThat(checker.rows("ext_person_relationship")).allMatch((row) -> children.contains(row.get("rela_person_id")));
	}

	@Test
	void holdsAboutTheCasesAskedFor() {
		GeneratedDrop drop = generate(this.dir, 1000, "2025-11", 11, 0);
		assertThat(drop.babies()).isBetween(850L, 1150L);
		assertThat(drop.dataRowsPerFile().get("ssd_cin_episodes.csv")).isGreaterThanOrEqualTo(drop.babies());
	}

	@Test
	void streamsTwentyThousandCases() throws IOException {
		GeneratedDrop drop = generate(this.dir, 20_000, "2026-02", 5, 0.05);
		assertThat(drop.babies()).isBetween(17_000L, 23_000L);
		long events = drop.dataRowsPerFile().entrySet().stream().filter((e) -> e.getKey().startsWith("ext_agency_events"))
			.mapToLong(Map.Entry::getValue).sum();
		assertThat(events / drop.babies()).isBetween(20L, 40L);
		assertThat(drop.dataRowsPerFile().get("ssd_person.csv")).isGreaterThan(3 * drop.babies());
		try (Stream<String> lines = Files.lines(this.dir.resolve("ssd_person.csv"))) {
			assertThat(lines.count()).isEqualTo(drop.dataRowsPerFile().get("ssd_person.csv") + 1);
		}
	}

	@Test
	void refusesAFolderHoldingOtherFiles() throws IOException {
		Files.writeString(this.dir.resolve("notes.txt"), "mine");
		assertThatIllegalArgumentException().isThrownBy(() -> generate(this.dir, 10, "2026-06", 1, 0))
			.withMessageContaining("notes.txt");
	}

	@Test
	void refusesAFolderHoldingAFileWithADropFilesNameLeavingItAsItWas() throws IOException {
		String real = "pers_person_id,pers_sex,pers_dob,pers_expected_dob\nREAL-1,F,2025-12-01,\n";
		Files.writeString(this.dir.resolve("ssd_person.csv"), real);

		assertThatIllegalArgumentException().isThrownBy(() -> generate(this.dir, 10, "2026-06", 1, 0))
			.withMessage("the drop folder " + this.dir + " is not empty (it holds 'ssd_person.csv'): give an empty or new folder");
		assertThat(Files.readString(this.dir.resolve("ssd_person.csv"))).isEqualTo(real);
		assertThat(fileNames(this.dir)).containsExactly("ssd_person.csv");
	}

	@Test
	void refusesAFolderHoldingAnEarlierDrop() throws IOException {
		generate(this.dir, 20, "2026-06", 1, 0);
		byte[] before = Files.readAllBytes(this.dir.resolve("ssd_person.csv"));

		assertThatIllegalArgumentException().isThrownBy(() -> generate(this.dir, 20, "2026-06", 1, 0));
		assertThat(Files.readAllBytes(this.dir.resolve("ssd_person.csv"))).isEqualTo(before);
	}

	@Test
	void rewriteLeavesTheSameDropAsItIsAndRefusesAnother() throws IOException {
		GeneratorSettings settings = new GeneratorSettings(20, YearMonth.parse("2026-06"), 1, 0);
		GeneratedDrop first = new ExtractGenerator(settings).rewrite(this.dir.resolve("drop"));
		GeneratedDrop again = new ExtractGenerator(settings).rewrite(this.dir.resolve("drop"));

		assertThat(again.folder()).isEqualTo(this.dir.resolve("drop"));
		assertThat(again.dataRowsPerFile()).isEqualTo(first.dataRowsPerFile());
		assertThat(fileNames(this.dir)).as("no temporary folder left").containsExactly("drop");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExtractGenerator(new GeneratorSettings(21, YearMonth.parse("2026-06"), 1, 0))
				.rewrite(this.dir.resolve("drop")))
			.withMessageContaining("holds files other than this drop's");
		assertThat(fileNames(this.dir)).containsExactly("drop");
	}

	static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}
}
