package org.safeguarding.audit.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguarding.audit.security.Role;

/**
 * Who may read which of a run's published files (service.md, "Roles"): the board pack the board,
 * QA officers and operators; the manifest and rejected rows operators and QA officers; every
 * case-level file QA officers only. A name that is not one of these is no file of a run, so no path
 * ever comes from a request. A run's files are its own only while its folder still holds them: a
 * later run of the same period replaces them, and the manifest says whose they are.
 */
public final class PublishedFiles {

	private static final Set<Role> BOARD_PACK = EnumSet.of(Role.BOARD, Role.QA_OFFICER, Role.OPERATOR);

	private static final Set<Role> RUN_FILES = EnumSet.of(Role.OPERATOR, Role.QA_OFFICER);

	private static final Set<Role> CASE_LEVEL = EnumSet.of(Role.QA_OFFICER);

	/**
	 * The file made from the store when asked for, not written when the run published: reviews go
	 * on after publication, and the file is always the current reviews.
	 */
	static final String ON_REQUEST = "reviews.csv";

	/** In the order a run's page lists them. */
	static final Map<String, Set<Role>> FILES = orderedFiles();

	private static final Pattern EXECUTION = Pattern.compile("\"job_execution_id\"\\s*:\\s*(\\d+)");

	private PublishedFiles() {
	}

	private static Map<String, Set<Role>> orderedFiles() {
		Map<String, Set<Role>> files = new java.util.LinkedHashMap<>();
		files.put("board-dashboard.pdf", BOARD_PACK);
		files.put("board-dashboard.html", BOARD_PACK);
		files.put("manifest.json", RUN_FILES);
		files.put("rejected-rows.csv", RUN_FILES);
		files.put("criteria-summary.csv", CASE_LEVEL);
		files.put("case-results.csv", CASE_LEVEL);
		files.put("case-scores.csv", CASE_LEVEL);
		files.put("qa-findings.xlsx", CASE_LEVEL);
		files.put("reviews.csv", CASE_LEVEL);
		return files;
	}

	/** Whether a user with these roles may read the named file; false for a name that is no run file. */
	public static boolean mayRead(String name, Set<Role> roles) {
		Set<Role> allowed = FILES.get(name);
		return allowed != null && roles.stream().anyMatch(allowed::contains);
	}

	/** Case-level files: never cached, every download in the access log. */
	public static boolean caseLevel(String name) {
		return CASE_LEVEL.equals(FILES.get(name));
	}

	/** The run's files these roles may read, when its folder still holds its own publication. */
	public static List<String> readable(Run run, Set<Role> roles) {
		List<String> names = new ArrayList<>();
		Optional<Path> folder = folderOf(run);
		if (folder.isEmpty()) {
			return names;
		}
		for (String name : FILES.keySet()) {
			if (mayRead(name, roles) && (name.equals(ON_REQUEST) || Files.isRegularFile(folder.get().resolve(name)))) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The run's published folder, when the run completed and the folder's manifest names the run's
	 * own job execution (empty when a later run replaced it, or it was never published).
	 */
	public static Optional<Path> folderOf(Run run) {
		if (run.status() != RunStatus.COMPLETED || run.jobExecutionId() == null) {
			return Optional.empty();
		}
		Path folder = Path.of(run.outFolder());
		try {
			String manifest = Files.readString(folder.resolve("manifest.json"));
			Matcher m = EXECUTION.matcher(manifest);
			return (m.find() && Long.parseLong(m.group(1)) == run.jobExecutionId()) ? Optional.of(folder) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The content type a file is served with. */
	public static String contentType(String name) {
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (name.endsWith(".html")) {
			return "text/html;charset=UTF-8";
		}
		if (name.endsWith(".json")) {
			return "application/json";
		}
		if (name.endsWith(".xlsx")) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		return "text/csv;charset=UTF-8";
	}
}
