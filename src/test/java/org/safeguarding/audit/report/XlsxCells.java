package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads every cell of an XLSX file with its type, whichever program wrote it: sheets in
 * workbook order (found through the workbook's relationships), shared or inline strings
 * (rich-text runs joined, {@code _xHHHH_} escapes decoded), numbers compared by value
 * ("39.0" is 39). A cell without a value is blank and left out, as a spreadsheet shows it.
 */
final class XlsxCells {

	private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private static final Pattern REFERENCE = Pattern.compile("([A-Z]+)(\\d+)");

	private XlsxCells() {
	}

	/** A cell: its reference ("B7"), {@code N} for a number or {@code S} for a string, and its value. */
	record Cell(String ref, char type, String value) {

		@Override
		public String toString() {
			return ref + " " + type + " " + value;
		}
	}

	/** Each sheet's name with its non-blank cells, row by row, in workbook and sheet order. */
	static Map<String, List<Cell>> read(Path xlsx) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			Map<String, String> targets = new HashMap<>();
			for (Map<String, String> rel : elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")) {
				targets.put(rel.get("Id"), "xl/" + rel.get("Target").replaceFirst("^/?xl/", ""));
			}
			List<String> strings = zip.getEntry("xl/sharedStrings.xml") == null ? List.of() : sharedStrings(zip);
			Map<String, List<Cell>> sheets = new LinkedHashMap<>();
			for (Map<String, String> sheet : elements(zip, "xl/workbook.xml", "sheet")) {
				sheets.put(sheet.get("name"), cells(zip, targets.get(sheet.get("r:id")), strings));
			}
			return sheets;
		}
	}

	/** Each sheet's rows as lists of cell text, a blank cell as "", in workbook and sheet order. */
	static Map<String, List<List<String>>> rows(Path xlsx) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		for (Map.Entry<String, List<Cell>> sheet : read(xlsx).entrySet()) {
			List<List<String>> rows = new ArrayList<>();
			for (Cell cell : sheet.getValue()) {
				Matcher ref = REFERENCE.matcher(cell.ref());
				if (!ref.matches()) {
					throw new IllegalStateException("cell reference " + cell.ref());
				}
				int row = Integer.parseInt(ref.group(2)) - 1;
				int column = 0;
				for (char letter : ref.group(1).toCharArray()) {
					column = column * 26 + (letter - 'A' + 1);
				}
				while (rows.size() <= row) {
					rows.add(new ArrayList<>());
				}
				List<String> cells = rows.get(row);
				while (cells.size() < column - 1) {
					cells.add("");
				}
				cells.add(cell.value());
			}
			sheets.put(sheet.getKey(), rows);
		}
		return sheets;
	}

	/** The text of each defined name of the workbook (e.g. {@code 'North'!$A$1:$E$9}). */
	static List<String> definedNames(Path xlsx) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			List<String> names = new ArrayList<>();
			read(zip, "xl/workbook.xml", xml -> {
				if (xml.isStartElement() && xml.getLocalName().equals("definedName")) {
					names.add(xml.getElementText());
				}
			});
			return names;
		}
	}

	private static List<String> sharedStrings(ZipFile zip) throws IOException {
		List<String> strings = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		read(zip, "xl/sharedStrings.xml", xml -> {
			if (xml.isStartElement() && xml.getLocalName().equals("si")) {
				text.setLength(0);
			}
			else if (xml.isStartElement() && xml.getLocalName().equals("t")) {
				text.append(xml.getElementText());
			}
			else if (xml.isEndElement() && xml.getLocalName().equals("si")) {
				strings.add(unescape(text.toString()));
			}
		});
		return strings;
	}

	private static List<Cell> cells(ZipFile zip, String part, List<String> strings) throws IOException {
		List<Cell> cells = new ArrayList<>();
		String[] cell = new String[2];
		StringBuilder value = new StringBuilder();
		boolean[] hasValue = new boolean[1];
		read(zip, part, xml -> {
			if (xml.isStartElement() && xml.getLocalName().equals("c")) {
				cell[0] = xml.getAttributeValue(null, "r");
				cell[1] = xml.getAttributeValue(null, "t");
				value.setLength(0);
				hasValue[0] = false;
			}
			else if (xml.isStartElement() && (xml.getLocalName().equals("v") || xml.getLocalName().equals("t"))) {
				value.append(xml.getElementText());
				hasValue[0] = true;
			}
			else if (xml.isEndElement() && xml.getLocalName().equals("c") && hasValue[0]) {
				cells.add(cell(cell[0], cell[1], value.toString(), strings));
			}
		});
		return cells;
	}

	private static Cell cell(String ref, String type, String value, List<String> strings) {
		if (type == null || type.equals("n")) {
			return new Cell(ref, 'N', new BigDecimal(value).stripTrailingZeros().toPlainString());
		}
		String text = switch (type) {
			case "s" -> strings.get(Integer.parseInt(value));
			case "inlineStr", "str" -> unescape(value);
			default -> throw new IllegalStateException("cell " + ref + " of type " + type);
		};
		if (type.equals("str")) {
			throw new IllegalStateException("cell " + ref + " is a formula's result: " + text);
		}
		return new Cell(ref, 'S', text);
	}

	private static String unescape(String text) {
		Matcher escape = ESCAPED.matcher(text);
		StringBuilder out = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(out, Matcher.quoteReplacement(
					String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		return escape.appendTail(out).toString();
	}

	private static List<Map<String, String>> elements(ZipFile zip, String part, String name) throws IOException {
		List<Map<String, String>> found = new ArrayList<>();
		read(zip, part, xml -> {
			if (xml.isStartElement() && xml.getLocalName().equals(name)) {
				Map<String, String> attributes = new HashMap<>();
				for (int i = 0; i < xml.getAttributeCount(); i++) {
					String prefix = xml.getAttributePrefix(i);
					attributes.put((prefix == null || prefix.isEmpty() ? "" : prefix + ":") + xml.getAttributeLocalName(i),
							xml.getAttributeValue(i));
				}
				found.add(attributes);
			}
		});
		return found;
	}

	private interface Visitor {

		void visit(XMLStreamReader xml) throws XMLStreamException;
	}

	private static void read(ZipFile zip, String part, Visitor visitor) throws IOException {
		if (zip.getEntry(part) == null) {
			throw new IOException("no part " + part);
		}
		try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
			XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				xml.next();
				visitor.visit(xml);
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("Cannot read " + part + ": " + ex.getMessage(), ex);
		}
	}
}
