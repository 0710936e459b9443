package org.safeguarding.audit.report;

import java.awt.Color;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.JRExporterGridCell;
import net.sf.jasperreports.engine.export.JRXlsAbstractExporter.SheetInfo;
import net.sf.jasperreports.engine.export.ooxml.XlsxStyleHelper;
import net.sf.jasperreports.engine.fill.JRTemplateElement;
import net.sf.jasperreports.engine.fill.JRTemplatePrintElement;
import net.sf.jasperreports.engine.type.LineDirectionEnum;
import net.sf.jasperreports.engine.type.RotationEnum;

/**
 * Jasper's XLSX cell styles, worked out once per element template and set of cell options. Every
 * value a text field prints shares the field's template (font, box, colours), so its cells share
 * one style; working it out again for each of millions of cells (resolving fonts and borders
 * through the style chain) took about a third of the QA workbook's export time.
 */
final class StylePerTemplate extends XlsxStyleHelper {

	/** A workbook has a few dozen templates; past this something is not shared, so stop remembering. */
	private static final int MAX_REMEMBERED = 10_000;

	private final Map<Key, Integer> styles = new HashMap<>();

	StylePerTemplate(JasperReportsContext context, Writer writer, String exporterKey) {
		super(context, writer, exporterKey);
	}

	@Override
	public int getCellStyle(JRExporterGridCell gridCell, JRPrintElement element, String pattern, Locale locale,
			boolean wrapText, boolean hidden, boolean locked, boolean shrinkToFit, boolean ignoreTextFormatting,
			RotationEnum rotation, SheetInfo sheetInfo, LineDirectionEnum direction) {
		if (!(element instanceof JRTemplatePrintElement printElement) || styles.size() >= MAX_REMEMBERED) {
			return super.getCellStyle(gridCell, element, pattern, locale, wrapText, hidden, locked, shrinkToFit,
					ignoreTextFormatting, rotation, sheetInfo, direction);
		}
		Key key = new Key(printElement.getTemplate(), gridCell.getBox(), gridCell.getBackcolor(),
				gridCell.getForecolor(), pattern, locale, (wrapText ? 1 : 0) | (hidden ? 2 : 0) | (locked ? 4 : 0)
						| (shrinkToFit ? 8 : 0) | (ignoreTextFormatting ? 16 : 0),
				rotation, sheetInfo, direction);
		Integer style = styles.get(key);
		if (style == null) {
			style = super.getCellStyle(gridCell, element, pattern, locale, wrapText, hidden, locked, shrinkToFit,
					ignoreTextFormatting, rotation, sheetInfo, direction);
			styles.put(key, style);
		}
		return style;
	}

	/** Template, box and sheet by identity (shared objects); the rest by value. */
	private record Key(JRTemplateElement template, JRLineBox box, Color backcolor, Color forecolor, String pattern,
			Locale locale, int flags, RotationEnum rotation, SheetInfo sheetInfo, LineDirectionEnum direction) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && template == k.template && box == k.box && sheetInfo == k.sheetInfo
					&& flags == k.flags && rotation == k.rotation && direction == k.direction
					&& Objects.equals(backcolor, k.backcolor) && Objects.equals(forecolor, k.forecolor)
					&& Objects.equals(pattern, k.pattern) && Objects.equals(locale, k.locale);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(template) * 31 + System.identityHashCode(sheetInfo) * 17 + flags;
		}
	}
}
