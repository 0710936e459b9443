package org.safeguarding.audit.audit;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.extract.Sha256;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The shipped definition loads as the spec describes it. */
class AuditToolLoaderTests {

	private final AuditTool tool = DefaultTool.TOOL;

	@Test
	void identity() {
		assertThat(this.tool.id()).isEqualTo("babies-under-one");
		assertThat(this.tool.version()).isEqualTo("1");
		assertThat(this.tool.title()).isEqualTo("Babies under one");
	}

	@Test
	void sha256IsTheHexOfTheFilesBytes() throws Exception {
		assertThat(this.tool.sha256()).isEqualTo(Sha256.of(DefaultTool.FILE)).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void sameBytesGiveTheSameSha256WhereverTheFileIs(@TempDir Path dir) throws Exception {
		Path copy = Files.copy(DefaultTool.FILE, dir.resolve("copy.yml"));
		assertThat(AuditToolLoader.load(copy).sha256()).isEqualTo(this.tool.sha256());
	}

	@Test
	void thresholdsAndZ() {
		assertThat(this.tool.gradeGood()).isEqualByComparingTo(new BigDecimal("80"));
		assertThat(this.tool.gradeRequiresImprovement()).isEqualByComparingTo(new BigDecimal("60"));
		assertThat(this.tool.ragGreen()).isEqualByComparingTo(new BigDecimal("90"));
		assertThat(this.tool.ragAmber()).isEqualByComparingTo(new BigDecimal("70"));
		assertThat(this.tool.z()).isEqualTo(1.959964);
	}

	@Test
	void criteriaInSpecOrderWithTheirWeights() {
		assertThat(this.tool.criteria()).extracting(Criterion::code, Criterion::weight)
			.containsExactly(tuple("FATHER_IDENTIFIED", 2),
					tuple("MEN_ASSESSED", 2),
					tuple("HOUSEHOLD_VERIFIED", 1),
					tuple("GP_INFORMED", 1),
					tuple("CHRONOLOGY_CURRENT", 1),
					tuple("DA_ENQUIRY_ANTENATAL", 1),
					tuple("DA_ENQUIRY_POSTNATAL", 1),
					tuple("SAFE_SLEEP", 1),
					tuple("CRYING_ADVICE", 1),
					tuple("PRE_BIRTH_ASSESSMENT", 1),
					tuple("BRUISING_RESPONSE", 3),
					tuple("PLAN_SHARED", 1),
					tuple("SUPERVISION_CURRENT", 1),
					tuple("DA_RISK_ASSESSED", 1),
					tuple("RECORDS_CONTEMPORANEOUS", 1));
	}

	@Test
	void onlyBruisingResponseIsLimiting() {
		assertThat(this.tool.criteria()).filteredOn(Criterion::limiting)
			.extracting(Criterion::code)
			.containsExactly("BRUISING_RESPONSE");
	}

	@Test
	void everyCriterionHasATitleAndTheLearningItComesFrom() {
		assertThat(this.tool.criteria()).allSatisfy((criterion) -> {
			assertThat(criterion.title()).isNotBlank();
			assertThat(criterion.learning()).isNotBlank();
		});
		assertThat(this.tool.criterion("BRUISING_RESPONSE").orElseThrow().learning())
			.isEqualTo("Bruising in non-mobile babies (Derby b, Dorset, Derbyshire 7, BSW)");
		assertThat(this.tool.criterion("NOPE")).isEmpty();
	}

	@Test
	void everyCriterionOfTheShippedToolSaysWhyItMattersInPlainWords() {
		assertThat(this.tool.criteria()).allSatisfy((criterion) -> assertThat(criterion.why())
			.as(criterion.code())
			.hasValueSatisfying((why) -> assertThat(why).hasSizeBetween(80, 500).doesNotContain("\n", "  ").endsWith(".")));
		assertThat(this.tool.criterion("BRUISING_RESPONSE").orElseThrow().why().orElseThrow())
			.contains("not yet mobile", "children's social care", "at once");
		assertThat(this.tool.criterion("FATHER_IDENTIFIED").orElseThrow().why().orElseThrow()).contains("hidden men");
		assertThat(this.tool.criterion("GP_INFORMED").orElseThrow().why().orElseThrow()).contains("GP");
		assertThat(this.tool.criterion("CHRONOLOGY_CURRENT").orElseThrow().why().orElseThrow()).contains("chronology");
		assertThat(this.tool.criterion("DA_ENQUIRY_ANTENATAL").orElseThrow().why().orElseThrow())
			.contains("Domestic abuse", "before the birth");
		assertThat(this.tool.criterion("DA_ENQUIRY_POSTNATAL").orElseThrow().why().orElseThrow()).contains("not end at the birth", "once the baby is home");
		assertThat(this.tool.criterion("SAFE_SLEEP").orElseThrow().why().orElseThrow()).contains("safe-sleep");
		assertThat(this.tool.criterion("CRYING_ADVICE").orElseThrow().why().orElseThrow()).contains("coping with crying");
		assertThat(this.tool.criterion("PLAN_SHARED").orElseThrow().why().orElseThrow()).contains("plan", "shared");
	}

	@Test
	void everyCriterionOfTheShippedToolSaysWhatItChecksInPlainWords() {
		assertThat(this.tool.criteria()).allSatisfy((criterion) -> assertThat(criterion.checks())
			.as(criterion.code())
			.hasValueSatisfying((checks) -> assertThat(checks).hasSizeBetween(80, 500)
				.startsWith("Whether ")
				.doesNotContain("\n", "  ", "_")
				.endsWith(".")));
		// The spec's windows, in words (babies-under-one.md): 7 days for the GP, 28 before the due date.
		assertThat(this.tool.criterion("GP_INFORMED").orElseThrow().checks().orElseThrow()).contains("within seven days");
		assertThat(this.tool.criterion("PRE_BIRTH_ASSESSMENT").orElseThrow().checks().orElseThrow())
			.contains("four weeks (28 days) before the due date");
		assertThat(this.tool.criterion("BRUISING_RESPONSE").orElseThrow().checks().orElseThrow())
			.contains("under six months", "within a day", "graded inadequate");
	}
}
