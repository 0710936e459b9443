package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintImage;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tagged PDF's details, on a one-page print made by hand. */
class BoardExportsTests {

	@Test
	void aChartsAlternativeTextKeepsEveryCharacterAndAFooterIsAnArtifact(@TempDir Path dir) throws IOException {
		JasperPrint print = new JasperPrint();
		print.setName("one page");
		print.setPageWidth(595);
		print.setPageHeight(842);
		JRBasePrintPage page = new JRBasePrintPage();
		JRBasePrintImage image = new JRBasePrintImage(print.getDefaultStyleProvider());
		image.setX(10);
		image.setY(10);
		image.setWidth(300);
		image.setHeight(60);
		image.setRenderer(new ComplianceChart(300, List.of(new ComplianceChart.Entry("A", 50.0, 40.0, 60.0, "50.0%")), 70, 90));
		image.setHyperlinkTooltip("Falling trend: about −0.5 percentage points a month; 70–90% ≥ amber");
		page.addElement(image);
		JRBasePrintText footer = new JRBasePrintText(print.getDefaultStyleProvider());
		footer.setX(10);
		footer.setY(800);
		footer.setWidth(200);
		footer.setHeight(12);
		footer.setText("Page 1 of 1");
		footer.getPropertiesMap().setProperty(BoardPdfTagger.ARTIFACT, "true");
		page.addElement(footer);
		print.addPage(page);
		Path file = dir.resolve("one.pdf");

		BoardExports.pdf(print, "One page", file);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			List<Object> kids = pdf.getDocumentCatalog().getStructureTreeRoot().getKids();
			PDStructureElement document = (PDStructureElement) kids.get(0);
			// The figure only: the footer's text is page furniture, outside the structure.
			assertThat(document.getKids()).singleElement().isInstanceOfSatisfying(PDStructureElement.class, figure -> {
				assertThat(figure.getStructureType()).isEqualTo("Figure");
				assertThat(figure.getAlternateDescription())
					.isEqualTo("Falling trend: about −0.5 percentage points a month; 70–90% ≥ amber");
			});
		}
	}
}
