package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/** The text of a filled report, element by element in page order (frames and subreports opened up). */
final class PrintText {

	private PrintText() {
	}

	static List<String> of(JasperPrint print) {
		List<String> texts = new ArrayList<>();
		for (JRPrintPage page : print.getPages()) {
			collect(page.getElements(), texts);
		}
		return texts;
	}

	private static void collect(List<JRPrintElement> elements, List<String> texts) {
		for (JRPrintElement element : elements) {
			if (element instanceof JRPrintText text) {
				texts.add(text.getFullText() == null ? "" : text.getFullText());
			}
			else if (element instanceof JRPrintFrame frame) {
				collect(frame.getElements(), texts);
			}
		}
	}
}
