package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.AuditIntegrationTest;
import org.safeguarding.audit.report.XlsxCells.Cell;
import org.safeguarding.audit.run.AuditRunner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The QA workbook of a generated drop with bad rows holds, cell for cell, what the workbook
 * written by JasperReports held for the same drop: {@code qa-workbook/reference-300.xlsx} was
 * published by the Jasper-based build (commit 13fe521) from
 * {@code generate-extract --cases 300 --period 2026-10 --seed 7 --bad-rows 0.05} and
 * {@code run-audit --period 2026-10}. That drop is kept beside it ({@code qa-workbook/drop-300/}),
 * so the comparison holds whatever later becomes of the generator. Every sheet's name and place,
 * every cell's reference, whether it is a number or a string, and its value are compared.
 */
@AuditIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QaWorkbookReferenceIntegrationTests {

	@Autowired
	AuditRunner runner;

	@TempDir
	static Path temp;

	Map<String, List<Cell>> reference;

	Map<String, List<Cell>> published;

	@BeforeAll
	void publishTheReferenceDrop() throws Exception {
		Path drop = Files.createDirectories(temp.resolve("drop"));
		try (var files = Files.list(Path.of("src/test/resources/qa-workbook/drop-300"))) {
			for (Path file : files.toList()) {
				Files.copy(file, drop.resolve(file.getFileName()));
			}
		}
		Path out = temp.resolve("out");
		AuditRunner.RunResult result = this.runner.run(drop, "2026-10", null, out);
		assertThat(result.completed()).as(result.reason()).isTrue();
		this.reference = XlsxCells.read(Path.of("src/test/resources/qa-workbook/reference-300.xlsx"));
		this.published = XlsxCells.read(out.resolve(ReportPublisher.QA_XLSX));
	}

	@Test
	void theSheetsAreTheSameInTheSameOrder() {
		assertThat(this.published.keySet()).containsExactly("Inadequate cases", "Central", "East", "North", "South",
				"Unallocated", "West", "Rejected rows");
		assertThat(this.published.keySet()).containsExactlyElementsOf(this.reference.keySet());
	}

	@Test
	void everyCellHasTheSamePlaceTypeAndValue() {
		for (Map.Entry<String, List<Cell>> sheet : this.reference.entrySet()) {
			List<Cell> cells = this.published.get(sheet.getKey());
			assertThat(cells).as(sheet.getKey()).hasSameSizeAs(sheet.getValue());
			for (int i = 0; i < cells.size(); i++) {
				assertThat(cells.get(i)).as("sheet %s, cell %d", sheet.getKey(), i).isEqualTo(sheet.getValue().get(i));
			}
		}
	}

	@Test
	void theReferenceHoldsWhatTheComparisonIsAbout() {
		List<Cell> rejected = this.reference.get("Rejected rows");
		assertThat(rejected.subList(0, 5)).extracting(Cell::value)
			.containsExactly("file", "line", "table", "record_id", "reason");
		assertThat(rejected).filteredOn(c -> c.ref().startsWith("B") && !c.ref().equals("B1"))
			.isNotEmpty()
			.allMatch(c -> c.type() == 'N');
		assertThat(rejected).as("rows without a record id").filteredOn(c -> c.ref().startsWith("D")).hasSizeLessThan(
				(int) rejected.stream().filter(c -> c.ref().startsWith("A")).count());
		List<Cell> north = this.reference.get("North");
		assertThat(north).filteredOn(c -> c.ref().matches("C\\d+") && !c.ref().equals("C1"))
			.isNotEmpty()
			.allMatch(c -> c.type() == 'N');
		assertThat(north).filteredOn(c -> c.value().contains("\n")).as("evidence over two lines").isNotEmpty();
	}
}
