package org.safeguarding.audit.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Tags the board pack's PDF for assistive technology: a Document element in the pack's language
 * holding, in reading order, headings (H1–H3), tables (Table, TR, TH with column scope, TD), a
 * paragraph for every other text, and a Figure with its alternative text (the image's tooltip)
 * for every chart. Structure comes from element properties in the templates, the same names as
 * Jasper's own tagging (for example {@code net.sf.jasperreports.export.pdf.tag.th=full}, or
 * {@code ...tag.table=start} and {@code =end}). Jasper 7's community edition ships no tagger;
 * this one is plugged in through its {@code net.sf.jasperreports.export.pdf.tagger.factory}
 * property ({@link BoardPdfTaggerFactory}). Lines, borders and backgrounds are artifacts.
 */
final class BoardPdfTagger implements PdfTagger {

	static final String PREFIX = "net.sf.jasperreports.export.pdf.tag.";

	/** Marks an element (and what it holds) as page furniture: a running footer, a list's bullet. */
	static final String ARTIFACT = "safeguarding.audit.pdf.artifact";

	/** Tags an element opens and closes itself ({@code full}), outermost first. */
	private static final List<String> LEAVES = List.of("h1", "h2", "h3", "th", "td");

	/** The structure elements open, innermost first, with their kinds (Document at the bottom). */
	private final Deque<Open> open = new ArrayDeque<>();

	/** Per element being exported: the kinds of tag to close when it ends, innermost first. */
	private final Deque<List<String>> toClose = new ArrayDeque<>();

	/** Per element being exported: whether it is an artifact (page furniture). */
	private final Deque<Boolean> artifacts = new ArrayDeque<>();

	private PdfProducer producer;

	private PdfStructure structure;

	private String language;

	private record Open(PdfStructureEntry entry, String kind) {
	}

	@Override
	public void setLanguage(String language) {
		this.language = language;
	}

	@Override
	public void setPdfProducer(PdfProducer producer) {
		this.producer = producer;
	}

	@Override
	public void init() {
		this.structure = this.producer.getPdfStructure();
		this.open.push(new Open(this.structure.createDocumentTag(this.language), "Document"));
	}

	@Override
	public void startPage() {
	}

	@Override
	public void endPage() {
	}

	@Override
	public void startElement(JRPrintElement element) {
		JRPropertiesMap properties = element.getPropertiesMap();
		List<String> closing = new ArrayList<>();
		if ("start".equals(property(properties, "table")) && !"Table".equals(this.open.peek().kind())) {
			// A table's header repeats on each page it runs over: one Table all the same.
			push("Table");
		}
		if ("start".equals(property(properties, "tr"))) {
			push("TR");
		}
		for (String leaf : LEAVES) {
			if ("full".equals(property(properties, leaf))) {
				PdfStructureEntry tag = push(leaf.toUpperCase());
				if (leaf.equals("th")) {
					tag.setScope("Column");
				}
				closing.add(0, leaf.toUpperCase());
			}
		}
		if ("end".equals(property(properties, "tr"))) {
			closing.add("TR");
		}
		if ("end".equals(property(properties, "table"))) {
			closing.add("Table");
		}
		this.toClose.push(closing);
		boolean artifact = properties != null && "true".equals(properties.getProperty(ARTIFACT));
		this.artifacts.push(artifact || (!this.artifacts.isEmpty() && this.artifacts.peek()));
	}

	@Override
	public void endElement(JRPrintElement element) {
		for (String kind : this.toClose.pop()) {
			if (this.open.peek().kind().equals(kind)) {
				this.open.pop();
			}
		}
		this.artifacts.pop();
	}

	@Override
	public void beginArtifact() {
		this.structure.beginArtifact();
	}

	@Override
	public void endArtifact() {
		this.structure.endArtifact();
	}

	@Override
	public void startImage(JRPrintImage image, float left, float bottom, float right, float top) {
		PdfStructureEntry figure = this.structure.beginTag(this.open.peek().entry(), "Figure");
		String alt = image.getHyperlinkTooltip();
		if (alt != null && !alt.isBlank()) {
			unicode(figure, "Alt", alt);
		}
		figure.setBBox(left, bottom, right, top);
	}

	@Override
	public void endImage() {
		this.structure.endTag();
	}

	@Override
	public void startText(JRPrintText text) {
		startText(text, null);
	}

	@Override
	public void startText(JRPrintText text, String actualText) {
		String kind = inLeaf() ? null : "P";
		if (inArtifact()) {
			this.structure.beginArtifact();
		}
		else if (actualText == null) {
			this.structure.beginTag(this.open.peek().entry(), kind);
		}
		else {
			this.structure.beginTag(this.open.peek().entry(), kind, actualText);
		}
	}

	@Override
	public void endText() {
		// Ends the marked content either way: a tag's or an artifact's.
		this.structure.endTag();
	}

	@Override
	public boolean isFirstLinkParagraph() {
		return false;
	}

	@Override
	public PdfStructureEntry getCurrentLinkTag() {
		return null;
	}

	@Override
	public StyledTextListWriter getListWriter() {
		return NoListWriter.INSTANCE;
	}

	private PdfStructureEntry push(String kind) {
		PdfStructureEntry tag = this.structure.createTag(this.open.peek().entry(), kind);
		this.open.push(new Open(tag, kind));
		return tag;
	}

	private boolean inArtifact() {
		return !this.artifacts.isEmpty() && this.artifacts.peek();
	}

	/** Text within a heading or cell is that element's own content; anywhere else it is a paragraph. */
	private boolean inLeaf() {
		return LEAVES.contains(this.open.peek().kind().toLowerCase());
	}

	/** As UTF-16, so a minus sign or an en dash in the text survives (the entry's own strings are PDFDocEncoding). */
	private static void unicode(PdfStructureEntry entry, String key, String value) {
		if (entry instanceof ClassicStructureEntry classic) {
			classic.getElement().put(new PdfName(key), new PdfString(value, PdfObject.TEXT_UNICODE));
		}
		else {
			entry.putString(key, value);
		}
	}

	private static String property(JRPropertiesMap properties, String tag) {
		return properties == null ? null : properties.getProperty(PREFIX + tag);
	}
}
