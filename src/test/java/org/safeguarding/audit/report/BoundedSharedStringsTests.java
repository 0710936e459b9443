package org.safeguarding.audit.report;

import java.io.StringWriter;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's shared strings: repeated strings share an entry; memory is bounded. */
class BoundedSharedStringsTests {

	@Test
	void aRepeatedStringKeepsItsIndex() throws Exception {
		StringWriter out = new StringWriter();
		BoundedSharedStrings strings = strings(out);

		assertThat(strings.export("<r><t>MET</t></r>")).isZero();
		assertThat(strings.export("<r><t>NOT_MET</t></r>")).isEqualTo(1);
		assertThat(strings.export("<r><t>MET</t></r>")).isZero();
		out.flush();
		assertThat(out.toString()).isEqualTo("<si><r><t>MET</t></r></si>\n<si><r><t>NOT_MET</t></r></si>\n");
	}

	@Test
	void aStringNotUsedForLongIsWrittenAgainAsANewEntry() {
		BoundedSharedStrings strings = strings(new StringWriter());
		strings.export("first");
		for (int i = 0; i < BoundedSharedStrings.REMEMBERED; i++) {
			strings.export("sentence " + i);
		}

		assertThat(strings.export("first")).isEqualTo(BoundedSharedStrings.REMEMBERED + 1);
		assertThat(strings.export("sentence " + (BoundedSharedStrings.REMEMBERED - 1)))
			.isEqualTo(BoundedSharedStrings.REMEMBERED);
	}

	private static BoundedSharedStrings strings(StringWriter out) {
		return new BoundedSharedStrings(DefaultJasperReportsContext.getInstance(), out, "test");
	}
}
