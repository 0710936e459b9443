package org.safeguarding.audit.report;

import java.util.List;

/**
 * The small fixed parts of an XLSX package (ECMA-376 / ISO 29500) that {@link XlsxWriter} writes
 * around its sheets: content types, relationships, the workbook with its sheet names and filter
 * ranges, and the three cell styles (plain, bold header, one decimal place).
 */
final class XlsxParts {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";

	static final String PACKAGE_RELATIONSHIPS = HEAD + "<Relationships xmlns=\"" + PACKAGE + "\">"
			+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
			+ "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
			+ "</Relationships>";

	static final String APP = HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
			+ "extended-properties\"><Application>safeguarding-audit</Application></Properties>";

	static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
			+ "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
			+ "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
			+ "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
			+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
			+ "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
			+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
			+ "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
			+ "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
			+ "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
			+ "</styleSheet>";

	private XlsxParts() {
	}

	static String contentTypes(int sheets) {
		StringBuilder xml = new StringBuilder(HEAD).append(
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + OFFICE + "spreadsheetml.sheet.main+xml\"/>"
						+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + OFFICE + "spreadsheetml.styles+xml\"/>"
						+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + OFFICE + "extended-properties+xml\"/>");
		for (int i = 1; i <= sheets; i++) {
			xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
				.append(OFFICE).append("spreadsheetml.worksheet+xml\"/>");
		}
		return xml.append("</Types>").toString();
	}

	/** The workbook: its sheets in order, and each sheet's filter range as Excel names it. */
	static String workbook(List<String> names, List<String> filterRanges) {
		StringBuilder xml = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
			.append(RELATIONSHIPS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
		for (int i = 0; i < names.size(); i++) {
			xml.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
				.append("\" r:id=\"rId").append(i + 1).append("\"/>");
		}
		xml.append("</sheets><definedNames>");
		for (int i = 0; i < names.size(); i++) {
			xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
				.append("\" hidden=\"1\">").append(escape(reference(names.get(i), filterRanges.get(i))))
				.append("</definedName>");
		}
		return xml.append("</definedNames></workbook>").toString();
	}

	/** A range of a sheet as a formula names it: {@code 'St Mary''s'!$A$1:$E$9}. */
	static String reference(String sheet, String range) {
		return "'" + sheet.replace("'", "''") + "'!" + range;
	}

	static String workbookRelationships(int sheets) {
		StringBuilder xml = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PACKAGE).append("\">");
		for (int i = 1; i <= sheets; i++) {
			xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
				.append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
		}
		xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
			.append("/styles\" Target=\"styles.xml\"/>");
		return xml.append("</Relationships>").toString();
	}

	private static String escape(String text) {
		StringBuilder xml = new StringBuilder();
		CellText.appendXml(xml, text);
		return xml.toString().replace("\"", "&quot;");
	}
}
