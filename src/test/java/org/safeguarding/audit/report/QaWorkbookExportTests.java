package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case sheet of several swapped-out pages, exported and read back cell by cell. */
class QaWorkbookExportTests {

	private static final int CASES = 1234;

	@Test
	void everyPageOfASheetIsWrittenInFullWithItsTextAsGiven(@TempDir Path dir) throws Exception {
		JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(2, new JRSwapFile(dir.toString(), 8192, 16), true);
		try {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
			JasperPrint print = JasperFillManager.fillReport(QaCasesLayout.compile(List.of("A", "B")), parameters,
					new JRMapCollectionDataSource(rows()));
			virtualizer.setReadOnly(true);
			assertThat(print.getPages()).hasSizeGreaterThan(2);
			Path file = dir.resolve("qa.xlsx");

			QaWorkbookExport.write(List.of(CompletableFuture.completedFuture(print)), new String[] { "North" }, file);

			List<List<String>> sheet = XlsxSheets.read(file).get("North");
			assertThat(sheet).hasSize(1 + CASES);
			assertThat(sheet.get(0)).containsExactly("case_id", "team", "score", "grade", "A", "A evidence", "B",
					"B evidence");
			for (int i = 0; i < CASES; i++) {
				assertThat(sheet.get(1 + i)).containsExactly(caseId(i), "North", "12.5", "GOOD", "MET",
						"Seen on 0" + i + " & noted <ok>", "NOT_MET", "Case " + i + " \"quoted\"");
			}
		}
		finally {
			virtualizer.cleanup();
		}
	}

	private static List<Map<String, ?>> rows() {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			rows.add(Map.of("caseId", caseId(i), "team", "North", "score", new BigDecimal("12.5"), "grade", "GOOD",
					"outcomes", List.of("MET", "NOT_MET"),
					"evidence", List.of("Seen on 0" + i + " & noted <ok>", "Case " + i + " \"quoted\"")));
		}
		return rows;
	}

	private static String caseId(int i) {
		return String.format("CASE-%05d", i);
	}
}
