package org.safeguarding.audit.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one drop file the way the format says: RFC 4180, header first, physical line numbers. */
record DropCsv(String fileName, List<String> header, List<Line> lines) {

	/** One data record: the physical line it starts on and its fields, trimmed. */
	record Line(int number, List<String> fields) {
	}

	static DropCsv read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<Line> records = parse(text);
		List<String> header = records.get(0).fields().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
		return new DropCsv(file.getFileName().toString(), header, records.subList(1, records.size()));
	}

	String value(Line line, String column) {
		return line.fields().get(this.header.indexOf(column));
	}

	private static List<Line> parse(String text) {
		List<Line> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int start = 1;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString().trim());
				field.setLength(0);
			}
			else if (c == '\n') {
				fields.add(field.toString().trim());
				records.add(new Line(start, List.copyOf(fields)));
				fields.clear();
				field.setLength(0);
				start = ++line;
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString().trim());
			records.add(new Line(start, List.copyOf(fields)));
		}
		return records;
	}
}
