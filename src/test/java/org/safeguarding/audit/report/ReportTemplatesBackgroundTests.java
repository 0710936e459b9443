package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTemplatesBackgroundTests {

	@Test
	void templatesCompiledInTheBackgroundAreTheOnesUsed() {
		ReportTemplates templates = new ReportTemplates();
		templates.compileInBackground(List.of("board-grades", "board-lines"));

		assertThat(templates.get("board-grades").getName()).isEqualTo("board-grades");
		assertThat(templates.get("board-lines")).isSameAs(templates.get("board-lines"));
	}

	@Test
	void aTemplateThatFailsInTheBackgroundFailsWhenUsed() {
		ReportTemplates templates = new ReportTemplates();
		templates.compileInBackground(List.of("no-such-template"));

		assertThatThrownBy(() -> templates.get("no-such-template")).hasMessageContaining("no-such-template");
	}
}
