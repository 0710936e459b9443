package org.safeguarding.audit.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.safeguarding.audit.report.CsvFiles;
import org.safeguarding.audit.store.SqlQueries;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A run's {@code reviews.csv} (qa-review.md, case level): the current review of each case ×
 * criterion of the run's tool and period beside this run's automated outcome, through the
 * published files' own CSV writer. Sorted by case id in byte order, then criterion in tool order.
 */
@Component
public class ReviewsCsv {

	public static final String FILE = "reviews.csv";

	static final List<String> HEADER = List.of("case_id", "team", "criterion", "automated_outcome", "reviewed_outcome",
			"reviewer", "reviewed_at", "reason", "data_changed");

	private final CsvFiles csv;

	ReviewsCsv(JdbcTemplate jdbc) {
		this.csv = new CsvFiles(jdbc);
	}

	/** Writes {@code reviews.csv} of the run into the folder, replacing any, and returns its path. */
	public Path write(long runId, Path folder) {
		Path file = folder.resolve(FILE);
		this.csv.write(file, HEADER, SqlQueries.get("reviews-csv.sql"), runId, runId, runId);
		return file;
	}

	/** The run's {@code reviews.csv} as it would be written now, read from the store on request. */
	public byte[] bytes(long runId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.csv.write(out, HEADER, SqlQueries.get("reviews-csv.sql"), runId, runId, runId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
