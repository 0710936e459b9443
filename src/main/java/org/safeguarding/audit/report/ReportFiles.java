package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's own report templates ({@code report-templates/}) and queries
 * ({@code sql/queries/}): first on the classpath under the same path, else in the project
 * folder (the system property {@value #PROJECT_DIR_PROPERTY}, or the working directory).
 * Templates are executable code, so nothing is read from anywhere else.
 */
final class ReportFiles {

	static final String PROJECT_DIR_PROPERTY = "safeguarding.audit.project-dir";

	private ReportFiles() {
	}

	static InputStream open(String path) {
		check(path);
		InputStream resource = ReportFiles.class.getResourceAsStream("/" + path);
		if (resource != null) {
			return resource;
		}
		Path file = Path.of(System.getProperty(PROJECT_DIR_PROPERTY, "")).resolve(path);
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Report file " + path + " is neither on the classpath nor at "
					+ file.toAbsolutePath(), ex);
		}
	}

	static String text(String path) {
		try (InputStream in = open(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read report file " + path, ex);
		}
	}

	static String template(String name) {
		return "report-templates/" + name + ".jrxml";
	}

	static String query(String name) {
		return text("sql/queries/" + name + ".sql");
	}

	private static void check(String path) {
		boolean ours = path.startsWith("report-templates/") || path.startsWith("sql/queries/");
		if (!ours || path.contains("..") || path.contains("\\")) {
			throw new IllegalArgumentException("Not one of the project's report files: " + path);
		}
	}
}
