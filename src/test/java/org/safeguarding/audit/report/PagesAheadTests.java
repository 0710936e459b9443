package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import org.junit.jupiter.api.Test;

/** A sheet's pages read ahead of the export: in order, each with its own elements, failures passed on. */
class PagesAheadTests {

	@Test
	void givesEachPageItsElementsInOrder() {
		List<JRPrintPage> pages = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			pages.add(page(i + 1));
		}
		try (PagesAhead ahead = new PagesAhead(pages, "sheet 1")) {
			for (int i = 0; i < pages.size(); i++) {
				List<JRPrintElement> elements = ahead.elements(pages.get(i));
				assertThat(elements).hasSize(i + 1).containsExactlyElementsOf(pages.get(i).getElements());
			}
		}
	}

	@Test
	void aPageThatCannotBeReadFailsTheExportOfThatPage() {
		JRPrintPage broken = new JRBasePrintPage() {
			@Override
			public List<JRPrintElement> getElements() {
				throw new JRRuntimeException("swap file gone");
			}
		};
		List<JRPrintPage> pages = List.of(page(1), broken, page(3));
		try (PagesAhead ahead = new PagesAhead(pages, "sheet 2")) {
			assertThat(ahead.elements(pages.get(0))).hasSize(1);
			assertThatThrownBy(() -> ahead.elements(broken)).isInstanceOf(JRRuntimeException.class)
				.hasMessageContaining("swap file gone");
		}
	}

	@Test
	void pagesAskedForOutOfOrderAreRefusedNamingTheSheet() {
		List<JRPrintPage> pages = List.of(page(1), page(2));
		try (PagesAhead ahead = new PagesAhead(pages, "sheet 3 of the QA findings workbook")) {
			assertThatIllegalStateException().isThrownBy(() -> ahead.elements(pages.get(1)))
				.withMessage("The pages of sheet 3 of the QA findings workbook were exported out of order");
		}
	}

	@Test
	void closingLetsTheReaderStopThoughNobodyTakesItsPages() throws Exception {
		List<JRPrintPage> pages = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			pages.add(page(3));
		}
		PagesAhead ahead = new PagesAhead(pages, "sheet 4");
		ahead.elements(pages.get(0));

		ahead.close();

		Thread reader = ahead.reader();
		reader.join(5_000);
		assertThat(reader.isAlive()).isFalse();
	}

	private static JRPrintPage page(int elements) {
		JRBasePrintPage page = new JRBasePrintPage();
		for (int i = 0; i < elements; i++) {
			page.addElement(new JRBasePrintText(null));
		}
		return page;
	}
}
