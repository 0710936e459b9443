package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board pack as assistive technology reads it: the PDF read back with PDFBox (a tagged
 * structure in British English, the title shown, headings and tables, every chart a Figure with
 * its alternative text) and the HTML page's chart images with theirs.
 */
class BoardPackAccessibilityIntegrationTests {

	@TempDir
	static Path dir;

	static List<Path> files;

	static PDDocument pdf;

	@BeforeAll
	static void publish() throws IOException {
		AuditHistory history = AuditHistory.in(TestDatabase.dataSource());
		ReportPublisher publisher = new ReportPublisher(JdbcClient.create(TestDatabase.dataSource()),
				ReportSettings.defaults("Midshire Safeguarding Children Partnership"));
		files = publisher.publish(history.runId, dir);
		pdf = Loader.loadPDF(files.get(0).toFile());
	}

	@AfterAll
	static void close() throws IOException {
		pdf.close();
	}

	@Test
	void thePdfIsTaggedInBritishEnglishAndShowsItsTitle() {
		assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
		assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Board dashboard 2026-10: Babies under one");
		assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
		List<PDStructureElement> top = elements(pdf.getDocumentCatalog().getStructureTreeRoot().getKids());
		assertThat(top).singleElement().satisfies(document -> {
			assertThat(document.getStructureType()).isEqualTo("Document");
			assertThat(document.getLanguage()).isEqualTo("en-GB");
		});
	}

	@Test
	void everyChartIsAFigureWithItsAlternativeText() {
		List<PDStructureElement> figures = all("Figure");
		// The compliance chart, a trend per criterion (15) and a funnel per headline criterion (3).
		assertThat(figures).hasSize(1 + 15 + 3);
		assertThat(figures).allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
		assertThat(figures.get(0).getAlternateDescription())
			.startsWith("Compliance per criterion in October 2026, with 95% intervals: ");
		assertThat(figures.get(1).getAlternateDescription()).startsWith("Father identified: ");
		assertThat(figures.get(16).getAlternateDescription()).startsWith("Father identified by team, October 2026: ");
	}

	@Test
	void headingsAndTablesAreTagged() {
		assertThat(all("H1")).hasSize(1);
		// Grades, what changed, about this pack, then compliance, trends, teams and data quality.
		assertThat(all("H2")).hasSize(7);
		// Each trend's criterion (15), each headline criterion (3) and the commonest rejection reasons.
		assertThat(all("H3")).hasSize(19);
		// Grades, criteria, a team table per headline criterion, the extract tables, the reasons.
		List<PDStructureElement> tables = all("Table");
		assertThat(tables).hasSize(7);
		List<PDStructureElement> criteria = elements(tables.get(1).getKids());
		assertThat(criteria).hasSize(1 + 15).allSatisfy(row -> assertThat(row.getStructureType()).isEqualTo("TR"));
		assertThat(elements(criteria.get(0).getKids())).hasSize(9).allSatisfy(cell -> assertThat(cell.getStructureType()).isEqualTo("TH"));
		assertThat(elements(criteria.get(1).getKids())).hasSize(9).allSatisfy(cell -> assertThat(cell.getStructureType()).isEqualTo("TD"));
	}

	@Test
	void theHtmlPagesChartsHaveTheSameAlternativeText() throws IOException {
		String html = Files.readString(files.get(1));
		Matcher images = Pattern.compile("<img [^>]*>").matcher(html);
		List<String> alts = new ArrayList<>();
		while (images.find()) {
			Matcher alt = Pattern.compile(" alt=\"([^\"]*)\"").matcher(images.group());
			alts.add(alt.find() ? alt.group(1) : "");
		}
		assertThat(alts).hasSize(19).allSatisfy(alt -> assertThat(alt).isNotBlank());
		assertThat(alts.get(0)).startsWith("Compliance per criterion in October 2026, with 95% intervals: ");
	}

	private static List<PDStructureElement> all(String type) {
		PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
		List<PDStructureElement> found = new ArrayList<>();
		collect(root.getKids(), type, found);
		return found;
	}

	private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
		for (PDStructureElement element : elements(kids)) {
			if (element.getStructureType().equals(type)) {
				found.add(element);
			}
			collect(element.getKids(), type, found);
		}
	}

	private static List<PDStructureElement> elements(List<Object> kids) {
		return kids.stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast).toList();
	}
}
