package org.safeguarding.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.safeguarding.audit.board.BoardPackFiles;
import org.safeguarding.audit.board.BoardSnapshots;

/**
 * Publishes one audit run's reports: {@code board-dashboard.pdf} and {@code board-dashboard.html}
 * (the board pack, small numbers suppressed, no person identifiers) and {@code qa-findings.xlsx}
 * (case level, for QA officers), and keeps the pack's figures for the board's pages
 * ({@link BoardSnapshots}). Templates are compiled once per publisher. The workbook is written on
 * a thread of its own while the board pack (and the caller's other files) are written.
 */
public final class ReportPublisher {

	public static final String BOARD_PDF = "board-dashboard.pdf";

	public static final String BOARD_HTML = "board-dashboard.html";

	public static final String QA_XLSX = "qa-findings.xlsx";

	private final BoardPackRepository boardPacks;

	private final QaFindingsRepository qaFindings;

	private final BoardDashboard dashboard;

	private final QaWorkbook workbook;

	private final BoardSnapshots snapshots;

	private final BoardPackFiles packFiles;

	/** Where the workbook is written beside the rest: the runs' one managed executor, in a run. */
	private final Executor background;

	public ReportPublisher(JdbcClient jdbc, ReportSettings settings) {
		this(jdbc, settings, new ReportTemplates(), task -> {
			Thread thread = new Thread(task, "qa-workbook");
			thread.setDaemon(true);
			thread.start();
		});
	}

	ReportPublisher(JdbcClient jdbc, ReportSettings settings, ReportTemplates templates, Executor background) {
		this.background = background;
		this.boardPacks = new BoardPackRepository(jdbc);
		this.qaFindings = new QaFindingsRepository(jdbc);
		this.dashboard = new BoardDashboard(templates, settings);
		this.workbook = new QaWorkbook(qaFindings);
		this.snapshots = new BoardSnapshots(jdbc);
		this.packFiles = new BoardPackFiles(jdbc);
	}

	/** Writes the three files into {@code outDir} (created if missing) and returns their paths in that order. */
	public List<Path> publish(long runId, Path outDir) {
		return publish(runId, outDir, () -> {
		});
	}

	/**
	 * Writes the three files as {@link #publish(long, Path)} does, running {@code alongside}
	 * (other files of the run) while the workbook, the longest to write, is written on a thread
	 * of its own.
	 */
	public List<Path> publish(long runId, Path outDir, Runnable alongside) {
		return publish(runId, outDir, alongside, Map.of());
	}

	/**
	 * Writes the three files as {@link #publish(long, Path, Runnable)} does; {@code why} gives each
	 * criterion's plain-words reason from the tool file, by code, kept with the pack's figures.
	 */
	public List<Path> publish(long runId, Path outDir, Runnable alongside, Map<String, String> why) {
		return publish(runId, outDir, alongside, new CriterionWords(Map.of(), why));
	}

	/**
	 * Writes the three files as {@link #publish(long, Path, Runnable)} does; {@code words} gives each
	 * criterion's plain words from the tool file (what it checks, why), kept with the pack's figures.
	 */
	public List<Path> publish(long runId, Path outDir, Runnable alongside, CriterionWords words) {
		createDirectories(outDir);
		BoardPackData.Run run = boardPacks.run(runId);
		Path pdf = outDir.resolve(BOARD_PDF);
		Path html = outDir.resolve(BOARD_HTML);
		Path xlsx = outDir.resolve(QA_XLSX);
		// The workbook is the longest to write: it starts first, on a worker thread, and the board
		// pack and the caller's files are written beside it on this thread.
		FutureTask<Void> workbookWritten = new FutureTask<>(() -> workbook.write(run, xlsx), null);
		this.background.execute(workbookWritten);
		{
			try {
				BoardPack pack = BoardPack.of(boardPacks.load(run), dashboard.settings(), words, BoardDashboard.CONTENT_WIDTH);
				alongside.run();
				JasperPrint board = dashboard.fill(pack);
				String title = "Board dashboard " + run.period().strip() + ": " + run.toolTitle();
				BoardExports.pdf(board, title, pdf);
				BoardExports.html(board, title, html);
				// In the publishing step's transaction when there is one: kept only if the run is published.
				// Each version's files are kept too, so publishing again never takes one away.
				packFiles.save(runId, snapshots.save(runId, pack.figures()), pdf, html);
			}
			catch (RuntimeException ex) {
				workbookWritten.cancel(true);
				throw ex;
			}
			await(workbookWritten);
		}
		return List.of(pdf, html, xlsx);
	}

	/**
	 * Publishes a new version of the run's board pack whose figures are the reviewed figures, saying
	 * so on its cover: its PDF and HTML and its figures are kept as the run's next pack version
	 * (earlier versions stay); the run's published folder is left as it is. Returns that version.
	 */
	public int publishReviewed(long runId, CriterionWords words, ReviewedCounts reviewed, String publishedBy) {
		Path dir = createTempDirectory();
		try {
			BoardPack pack = BoardPack.of(ReviewedPackData.of(boardPacks.load(runId), reviewed), dashboard.settings(), words,
					BoardDashboard.CONTENT_WIDTH);
			JasperPrint board = dashboard.fill(pack, reviewed.coverNote());
			Path pdf = dir.resolve(BOARD_PDF);
			Path html = dir.resolve(BOARD_HTML);
			String title = "Board dashboard " + pack.data().run().period().strip() + ": " + pack.data().run().toolTitle()
					+ " (reviewed figures)";
			BoardExports.pdf(board, title, pdf);
			BoardExports.html(board, title, html);
			int version = snapshots.save(runId, pack.figures());
			packFiles.save(runId, version, pdf, html);
			snapshots.markReviewed(runId, version, reviewed.reviewedOutcomes(), reviewed.changedOutcomes(), publishedBy);
			return version;
		}
		finally {
			PublishFolder.deleteQuietly(dir);
		}
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("board-pack-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a folder for the board pack", ex);
		}
	}

	private static void await(Future<?> task) {
		try {
			task.get();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Cannot write the QA findings workbook", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the QA findings workbook", ex);
		}
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
