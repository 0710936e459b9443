package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.XlsxZip;
import org.junit.jupiter.api.Test;

/** The workbook's parts zipped faster: the same parts, names and order as Jasper's own zipping. */
class FastestXlsxZipTests {

	@Test
	void zipsTheSamePartsInTheSameOrderAsJasper() throws IOException {
		XlsxZip parts = new XlsxZip(DefaultJasperReportsContext.getInstance());
		FastestXlsxZip zip = new FastestXlsxZip(DefaultJasperReportsContext.getInstance(), parts);
		try {
			write(parts.getWorkbookEntry().getWriter(), "<workbook/>");
			write(parts.getSharedStringsEntry().getWriter(), "<sst>" + "<si><t>Seen on 2026-10-01</t></si>".repeat(5000) + "</sst>");
			write(parts.addSheet(1).getWriter(), "<worksheet>" + "<row><c t=\"s\"><v>1</v></c></row>".repeat(5000) + "</worksheet>");
			write(parts.addSheet(2).getWriter(), "<worksheet/>");
			ByteArrayOutputStream jasper = new ByteArrayOutputStream();
			parts.zipEntries(jasper);
			ByteArrayOutputStream fastest = new ByteArrayOutputStream();

			zip.zipEntries(fastest);

			Map<String, String> expected = unzip(jasper.toByteArray());
			assertThat(expected).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
			assertThat(unzip(fastest.toByteArray())).containsExactlyEntriesOf(expected);
			assertThat(fastest.size()).isLessThan(expected.values().stream().mapToInt(String::length).sum() / 5);
		}
		finally {
			zip.dispose();
		}
	}

	private static void write(Writer writer, String text) throws IOException {
		writer.write(text);
		writer.close();
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}
