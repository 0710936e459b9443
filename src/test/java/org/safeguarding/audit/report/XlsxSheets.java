package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an XLSX file back for assertions: each sheet's rows as lists of cell text, in workbook order. */
final class XlsxSheets {

	private XlsxSheets() {
	}

	static Map<String, List<List<String>>> read(Path xlsx) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			List<String> strings = new ArrayList<>();
			NodeList items = xml(zip, "xl/sharedStrings.xml").getElementsByTagName("si");
			for (int i = 0; i < items.getLength(); i++) {
				strings.add(items.item(i).getTextContent());
			}
			Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
			NodeList names = xml(zip, "xl/workbook.xml").getElementsByTagName("sheet");
			for (int s = 0; s < names.getLength(); s++) {
				String name = ((Element) names.item(s)).getAttribute("name");
				sheets.put(name, rows(xml(zip, "xl/worksheets/sheet" + (s + 1) + ".xml"), strings));
			}
			return sheets;
		}
	}

	private static List<List<String>> rows(Document sheet, List<String> strings) {
		List<List<String>> rows = new ArrayList<>();
		NodeList rowNodes = sheet.getElementsByTagName("row");
		for (int r = 0; r < rowNodes.getLength(); r++) {
			List<String> row = new ArrayList<>();
			NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
			for (int c = 0; c < cells.getLength(); c++) {
				Element cell = (Element) cells.item(c);
				int column = column(cell.getAttribute("r"));
				while (row.size() < column) {
					row.add("");
				}
				NodeList v = cell.getElementsByTagName("v");
				String value = v.getLength() == 0 ? cell.getTextContent() : v.item(0).getTextContent();
				row.add("s".equals(cell.getAttribute("t")) ? strings.get(Integer.parseInt(value)) : value);
			}
			rows.add(row);
		}
		return rows;
	}

	private static int column(String reference) {
		int column = 0;
		for (char ch : reference.toCharArray()) {
			if (Character.isDigit(ch)) {
				break;
			}
			column = column * 26 + (ch - 'A' + 1);
		}
		return column - 1;
	}

	private static Document xml(ZipFile zip, String entry) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
			throw new IOException("Cannot read " + entry, ex);
		}
	}
}
