package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/** The report templates, compiled once each on first use (a template that does not compile fails naming its file). */
final class ReportTemplates {

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	JasperReport get(String name) {
		return compiled.computeIfAbsent(name, ReportTemplates::compile);
	}

	/**
	 * Compiles the named templates on a background thread, so that they are ready (or being
	 * finished) when a run is published; a template that fails is reported when it is used.
	 */
	void compileInBackground(List<String> names) {
		Thread thread = new Thread(() -> {
			for (String name : names) {
				try {
					get(name);
				}
				catch (RuntimeException ex) {
					// Compiled again, and the error thrown, when the template is used.
				}
			}
		}, "report-templates");
		thread.setDaemon(true);
		thread.start();
	}

	static JasperReport compile(String name) {
		return compile(design(name), ReportFiles.template(name));
	}

	/** The template as a design, for layouts completed in code before compiling. */
	static JasperDesign design(String name) {
		String path = ReportFiles.template(name);
		try (InputStream in = ReportFiles.open(path)) {
			return JRXmlLoader.load(in);
		}
		catch (JRException | RuntimeException ex) {
			throw new IllegalStateException("Report template " + path + " does not compile: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read report template " + path, ex);
		}
	}

	static JasperReport compile(JasperDesign design, String path) {
		try {
			return JasperCompileManager.compileReport(design);
		}
		catch (JRException | RuntimeException ex) {
			throw new IllegalStateException("Report template " + path + " does not compile: " + ex.getMessage(), ex);
		}
	}
}
