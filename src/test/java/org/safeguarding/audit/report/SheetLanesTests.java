package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;

import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

import org.safeguarding.audit.report.QaWorkbook.Sheet;

class SheetLanesTests {

	@Test
	void largestSheetsGoFirstToTheLeastLoadedLane() {
		List<Sheet> sheets = sheets(300, 1000, 200, 600, 100);

		assertThat(SheetLanes.shareOut(sheets, 2)).containsExactly(List.of(1, 4), List.of(0, 2, 3));
	}

	@Test
	void neverMoreLanesThanSheets() {
		assertThat(SheetLanes.shareOut(sheets(5), 4)).containsExactly(List.of(0));
		assertThat(SheetLanes.shareOut(sheets(0, 0, 0), 2)).containsExactly(List.of(0, 2), List.of(1));
	}

	@Test
	void everyCoreButTheExportsFillsAtLeastOneAtMostFourLanes() {
		assertThat(SheetLanes.lanes(1)).isEqualTo(1);
		assertThat(SheetLanes.lanes(2)).isEqualTo(1);
		assertThat(SheetLanes.lanes(4)).isEqualTo(3);
		assertThat(SheetLanes.lanes(16)).isEqualTo(SheetLanes.MAX_LANES);
	}

	@Test
	void filledSheetsComeBackInTheGivenOrder() {
		List<Sheet> sheets = sheets(1, 50, 7, 20);

		List<JasperPrint> prints = fill(sheets, sheet -> {
			JasperPrint print = new JasperPrint();
			print.setName(sheet.name());
			return print;
		});

		assertThat(prints).extracting(JasperPrint::getName).containsExactly("s1", "s50", "s7", "s20");
	}

	@Test
	void aLaneThatFailsFailsTheWorkbook() {
		assertThatIllegalStateException().isThrownBy(() -> fill(sheets(1, 2), sheet -> {
			throw new IllegalStateException("cannot fill " + sheet.name());
		})).withMessageStartingWith("cannot fill s");
	}

	/** The filled sheets, in the order given, once all are filled (as the export takes them). */
	private static List<JasperPrint> fill(List<Sheet> sheets, Function<Sheet, JasperPrint> fill) {
		SheetLanes.Filling filling = SheetLanes.start(sheets, fill);
		try {
			return filling.prints().stream().map(SheetLanes::await).toList();
		}
		finally {
			filling.stop();
		}
	}

	private static List<Sheet> sheets(long... sizes) {
		return LongStream.of(sizes).mapToObj(size -> new Sheet("s" + size, null, null, size)).toList();
	}
}
