package org.safeguarding.audit.generate;

import java.util.ArrayList;
import java.util.List;

/** One data row of one file, its fields in the file's column order (empty string for empty). */
record Row(DropFile file, List<String> fields) {

	Row {
		fields = List.copyOf(fields);
	}

	String id() {
		return this.fields.get(0);
	}

	Row with(String column, String value) {
		List<String> changed = new ArrayList<>(this.fields);
		changed.set(this.file.column(column), value);
		return new Row(this.file, changed);
	}

	Row withId(String id) {
		return with(this.file.columns().get(0), id);
	}
}
