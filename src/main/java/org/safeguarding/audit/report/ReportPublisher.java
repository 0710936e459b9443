package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes one audit run's reports: {@code board-dashboard.pdf} and {@code board-dashboard.html}
 * (the board pack, small numbers suppressed, no person identifiers) and {@code qa-findings.xlsx}
 * (case level, for QA officers). Templates are compiled once per publisher.
 */
public final class ReportPublisher {

	public static final String BOARD_PDF = "board-dashboard.pdf";

	public static final String BOARD_HTML = "board-dashboard.html";

	public static final String QA_XLSX = "qa-findings.xlsx";

	private final BoardPackRepository boardPacks;

	private final QaFindingsRepository qaFindings;

	private final BoardDashboard dashboard;

	private final QaWorkbook workbook;

	public ReportPublisher(JdbcClient jdbc, ReportSettings settings) {
		ReportTemplates templates = new ReportTemplates();
		this.boardPacks = new BoardPackRepository(jdbc);
		this.qaFindings = new QaFindingsRepository(jdbc);
		this.dashboard = new BoardDashboard(templates, settings);
		this.workbook = new QaWorkbook(templates, qaFindings);
	}

	/** Writes the three files into {@code outDir} (created if missing) and returns their paths in that order. */
	public List<Path> publish(long runId, Path outDir) {
		createDirectories(outDir);
		BoardPackData data = boardPacks.load(runId);
		JasperPrint board = dashboard.fill(data);
		String title = "Board dashboard " + data.run().period().strip() + ": " + data.run().toolTitle();
		Path pdf = outDir.resolve(BOARD_PDF);
		Path html = outDir.resolve(BOARD_HTML);
		Path xlsx = outDir.resolve(QA_XLSX);
		BoardExports.pdf(board, title, pdf);
		BoardExports.html(board, title, html);
		workbook.write(data.run(), xlsx);
		return List.of(pdf, html, xlsx);
	}

	/** The filled board pack, for checking its text. */
	JasperPrint board(long runId) {
		return dashboard.fill(boardPacks.load(runId));
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + dir, ex);
		}
	}
}
