package org.safeguarding.audit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The workbook tells the publisher when only its export is left, also when it fails first. */
class QaWorkbookTests {

	private static final BoardPackData.Run RUN = new BoardPackData.Run(7, 3, "2026-10", "babies-under-one", "1",
			"Babies under one", "SCORED", 0);

	@Test
	void aWorkbookThatFailsBeforeItsSheetsAreFilledStillSaysSoAndWritesNothing(@TempDir Path dir) {
		QaFindingsRepository unreadable = new QaFindingsRepository(null) {
			@Override
			List<String> criteria(long runId) {
				throw new IllegalStateException("connection to the database lost");
			}
		};
		CompletableFuture<Void> filled = new CompletableFuture<>();
		Path file = dir.resolve("qa-findings.xlsx");

		assertThatIllegalStateException().isThrownBy(() -> new QaWorkbook(new ReportTemplates(), unreadable)
			.write(RUN, file, filled)).withMessage("connection to the database lost");
		assertThat(filled).as("the publisher waiting on it goes on").isDone();
		assertThat(file).doesNotExist();
	}
}
