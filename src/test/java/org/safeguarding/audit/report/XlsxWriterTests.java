package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.audit.report.XlsxCells.Cell;

/** Workbooks written and read back cell by cell with a reader of their own. */
class XlsxWriterTests {

	@TempDir
	Path dir;

	@Test
	void cellsReadBackWithTheirTypesAndValuesAndBlanksLeftBlank() throws IOException {
		Path file = write(xlsx -> {
			xlsx.startSheet("North", List.of("case_id", "score", "line", "note"), new double[] { 10, 5, 5, 40 });
			xlsx.startRow();
			xlsx.text("CASE-1");
			xlsx.oneDecimal(new BigDecimal("58.3"));
			xlsx.integer(39);
			xlsx.text("first line\r\nsecond & <third>");
			xlsx.startRow();
			xlsx.text("CASE-2");
			xlsx.oneDecimal(null);
			xlsx.integer(1_048_577);
			xlsx.text(null);
			xlsx.startSheet("South", List.of("case_id"), new double[] { 10 });
		});

		Map<String, List<Cell>> sheets = XlsxCells.read(file);
		assertThat(sheets.keySet()).containsExactly("North", "South");
		assertThat(sheets.get("North")).containsExactly(new Cell("A1", 'S', "case_id"), new Cell("B1", 'S', "score"),
				new Cell("C1", 'S', "line"), new Cell("D1", 'S', "note"), new Cell("A2", 'S', "CASE-1"),
				new Cell("B2", 'N', "58.3"), new Cell("C2", 'N', "39"),
				new Cell("D2", 'S', "first line\r\nsecond & <third>"), new Cell("A3", 'S', "CASE-2"),
				new Cell("C3", 'N', "1048577"));
		assertThat(sheets.get("South")).containsExactly(new Cell("A1", 'S', "case_id"));
	}

	@Test
	void textThatLooksLikeAFormulaIsAStringCellAndNoCellIsAFormula() throws IOException {
		List<String> hostile = List.of("=HYPERLINK(\"http://x.example/?\",\"click\")", "+1+1", "-2", "@SUM(A1)",
				"\t=1", "'quoted", " spaced ");
		Path file = write(xlsx -> {
			xlsx.startSheet("Sheet", List.of("value"), new double[] { 20 });
			for (String value : hostile) {
				xlsx.startRow();
				xlsx.text(value);
			}
		});

		assertThat(XlsxCells.read(file).get("Sheet").subList(1, 1 + hostile.size()))
			.extracting(Cell::type, Cell::value)
			.containsExactlyElementsOf(hostile.stream().map(v -> org.assertj.core.groups.Tuple.tuple('S', v)).toList());
		assertThat(part(file, "xl/worksheets/sheet1.xml")).doesNotContain("<f>", "<f ", "t=\"str\"");
	}

	@Test
	void textLongerThanExcelsLimitIsCutEndingWithAnEllipsis() throws IOException {
		Path file = write(xlsx -> {
			xlsx.startSheet("Rejected rows", List.of("reason"), new double[] { 90 });
			xlsx.startRow();
			xlsx.text("evnt_reason '" + "x".repeat(900_000) + "' is too long");
		});

		String cell = XlsxCells.read(file).get("Rejected rows").get(1).value();
		assertThat(cell).hasSize(32_767).startsWith("evnt_reason 'xxx").endsWith("x\u2026");
	}

	@Test
	void definedNamesQuoteSheetNamesWithTheirApostrophesDoubled() throws IOException {
		Path file = write(xlsx -> {
			xlsx.startSheet("St Mary's", List.of("a", "b", "c"), new double[] { 5, 5, 5 });
			xlsx.startRow();
			xlsx.text("x");
			xlsx.startRow();
			xlsx.text("y");
			xlsx.startSheet("O'Neill & Co's", List.of("a"), new double[] { 5 });
		});

		assertThat(XlsxCells.definedNames(file)).containsExactly("'St Mary''s'!$A$1:$C$3", "'O''Neill & Co''s'!$A$1:$A$1");
		assertThat(XlsxCells.read(file).keySet()).containsExactly("St Mary's", "O'Neill & Co's");
		assertThat(part(file, "xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:C3\"/>",
				"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
	}

	@Test
	void theSameCellsGiveTheSameBytes() throws IOException {
		XlsxContent content = xlsx -> {
			xlsx.startSheet("North", List.of("a"), new double[] { 5 });
			xlsx.startRow();
			xlsx.text("x");
		};
		byte[] first = Files.readAllBytes(write(content));
		assertThat(Files.readAllBytes(write(content))).isEqualTo(first);
	}

	private interface XlsxContent {

		void write(XlsxWriter xlsx) throws IOException;
	}

	private int files;

	private Path write(XlsxContent content) throws IOException {
		Path file = this.dir.resolve("workbook-" + (++this.files) + ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); XlsxWriter xlsx = new XlsxWriter(out)) {
			content.write(xlsx);
			xlsx.finish();
		}
		return file;
	}

	private static String part(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
