package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

class RecordDataSourceTests {

	record Row(String name, int count) {
	}

	@Test
	void fieldsReadRecordComponents() throws JRException {
		RecordDataSource<Row> rows = RecordDataSource.of(List.of(new Row("a", 1), new Row("b", 2)));
		List<Object> read = new ArrayList<>();
		while (rows.next()) {
			read.add(rows.getFieldValue(field("name")));
			read.add(rows.getFieldValue(field("count")));
		}
		assertThat(read).containsExactly("a", 1, "b", 2);
		assertThat(rows.next()).isFalse();
	}

	@Test
	void anUnknownFieldIsAnError() {
		RecordDataSource<Row> rows = RecordDataSource.of(List.of(new Row("a", 1)));
		rows.next();
		assertThatExceptionOfType(JRException.class).isThrownBy(() -> rows.getFieldValue(field("missing")))
			.withMessageContaining("missing");
	}

	private static JRDesignField field(String name) {
		JRDesignField field = new JRDesignField();
		field.setName(name);
		return field;
	}
}
