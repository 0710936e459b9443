package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template compiles (a broken template fails the build) and embeds DejaVu Sans by default. */
class ReportTemplatesTests {

	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("report-templates"))) {
			List<String> names = files.map(f -> f.getFileName().toString())
				.filter(f -> f.endsWith(".jrxml"))
				.map(f -> f.substring(0, f.length() - ".jrxml".length()))
				.sorted()
				.toList();
			return names.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void compilesWithDejaVuSansAsTheDefaultFont(String name) {
		JasperReport report = ReportTemplates.compile(name);

		assertThat(report.getName()).isEqualTo(name);
		JRStyle base = report.getDefaultStyle();
		assertThat(base).as("default style of %s", name).isNotNull();
		assertThat(base.getName()).isEqualTo("Base");
		assertThat(base.getFontName()).isEqualTo("DejaVu Sans");
	}

	@Test
	void everyTemplateTheCodeUsesExists() throws IOException {
		List<String> names = templates().toList();
		assertThat(names).contains("board-dashboard", "board-grades", "board-lines", "board-criteria", "board-trends",
				"board-teams", "board-team-rows", "board-tables", "board-reasons");
	}

	@Test
	void onlyTheProjectsOwnFilesAreRead() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportFiles.open("report-templates/../pom.xml"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportFiles.open("/etc/passwd"));
	}
}
