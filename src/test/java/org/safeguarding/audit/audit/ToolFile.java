package org.safeguarding.audit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A copy of the default tool definition, edited the way a QA officer would, written to a folder. */
final class ToolFile {

	private String yaml;

	private ToolFile(String yaml) {
		this.yaml = yaml;
	}

	static ToolFile copyOfDefault() {
		try {
			return new ToolFile(Files.readString(DefaultTool.FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the first {@code from} after the criterion's {@code - code:} line. */
	ToolFile inCriterion(String code, String from, String to) {
		int start = this.yaml.indexOf("- code: " + code + "\n");
		assertThat(start).as("criterion %s", code).isNotNegative();
		int at = this.yaml.indexOf(from, start);
		int next = this.yaml.indexOf("- code: ", start + 1);
		assertThat(at).as("'%s' in criterion %s", from, code)
			.isNotNegative()
			.isLessThan((next < 0) ? Integer.MAX_VALUE : next);
		this.yaml = this.yaml.substring(0, at) + to + this.yaml.substring(at + from.length());
		return this;
	}

	/** Leaves the criterion's {@code why} out (the text up to its next field). */
	ToolFile withoutWhy(String code) {
		int start = this.yaml.indexOf("- code: " + code + "\n");
		int why = this.yaml.indexOf("    why: >-\n", start);
		int next = this.yaml.indexOf("    weight:", why);
		assertThat(why).as("why of %s", code).isPositive().isLessThan(next);
		this.yaml = this.yaml.substring(0, why) + this.yaml.substring(next);
		return this;
	}

	/** Replaces the first {@code from} anywhere. */
	ToolFile replace(String from, String to) {
		int at = this.yaml.indexOf(from);
		assertThat(at).as("'%s' in the tool", from).isNotNegative();
		this.yaml = this.yaml.substring(0, at) + to + this.yaml.substring(at + from.length());
		return this;
	}

	Path writeTo(Path file) {
		try {
			return Files.writeString(file, this.yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
