package org.safeguarding.audit.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every version of a run's board pack as its files (PDF and HTML), kept beside the figures of the
 * same publication ({@code board_pack_file}): a run's published folder holds only its newest
 * publication, and publishing again must never take an earlier version away from the board.
 */
@Component
public class BoardPackFiles {

	public static final String PDF = "board-dashboard.pdf";

	public static final String HTML = "board-dashboard.html";

	/** The pack's files, in the order the pages list them. */
	public static final List<String> NAMES = List.of(PDF, HTML);

	private final JdbcClient jdbc;

	public BoardPackFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the files of one publication (its figures must already be kept, as the same version). */
	public void save(long runId, int packVersion, Path pdf, Path html) {
		save(runId, packVersion, PDF, pdf);
		save(runId, packVersion, HTML, html);
	}

	private void save(long runId, int packVersion, String name, Path file) {
		this.jdbc.sql("insert into board_pack_file (run_id, pack_version, name, content) values (?, ?, ?, ?)")
			.params(runId, packVersion, name, read(file))
			.update();
	}

	/** One kept file of one version, if that version has it. */
	public Optional<byte[]> read(long runId, int packVersion, String name) {
		return this.jdbc.sql("select content from board_pack_file where run_id = ? and pack_version = ? and name = ?")
			.params(runId, packVersion, name)
			.query(byte[].class)
			.optional();
	}

	/** The content type each file is served with. */
	public static String contentType(String name) {
		return name.endsWith(".pdf") ? "application/pdf" : "text/html;charset=UTF-8";
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}
}
