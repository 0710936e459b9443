package org.safeguarding.audit.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.safeguarding.audit.audit.AuditToolLoader;
import org.safeguarding.audit.audit.ToolDefinitionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.scheduling.support.CronExpression;

/** Reads and checks one job file (jobs.md, version 1); anything wrong names the file, field and value. */
final class JobFileReader {

	static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private final Path file;

	private final String name;

	JobFileReader(Path file, String name) {
		this.file = file;
		this.name = name;
	}

	JobDefinition read() {
		String id = this.file.getFileName().toString().replaceFirst("\\.yml$", "");
		if (!JOB_ID.matcher(id).matches()) {
			throw new JobDefinitionException(this.name + ": the file name '" + id
					+ "' cannot be a job id (letters, digits, '-' and '_', starting with a letter or digit)");
		}
		JobFields job = new JobFields(root(), this.name, "");
		String title = job.text("title");
		Path tool = tool(job);
		SourceDefinition source = source(job.object("source"));
		Optional<JobSchedule> schedule = job.has("schedule") ? Optional.of(schedule(job.object("schedule")))
				: Optional.empty();
		JobFields publish = job.object("publish");
		Path out = path(publish, "out");
		publish.refuseUnknownFields();
		job.refuseUnknownFields();
		return new JobDefinition(id, this.file, title, tool, source, schedule, out);
	}

	private JsonNode root() {
		try {
			JsonNode root = YAML.readTree(Files.readAllBytes(this.file));
			if (root == null || !root.isObject()) {
				throw new JobDefinitionException(this.name + ": is not a mapping of fields (jobs.md)");
			}
			return root;
		}
		catch (IOException ex) {
			throw new JobDefinitionException(this.name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (JacksonException ex) {
			throw new JobDefinitionException(this.name + ": is not valid YAML: " + ex.getOriginalMessage()
					+ ((ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ")" : ""), ex);
		}
	}

	private Path tool(JobFields job) {
		Path tool = path(job, "tool");
		if (!Files.isRegularFile(tool)) {
			throw job.error("tool", "'" + job.text("tool") + "' is not a file (" + tool + ")");
		}
		try {
			AuditToolLoader.load(tool);
		}
		catch (ToolDefinitionException ex) {
			throw new JobDefinitionException(this.name + ": tool: " + ex.getMessage(), ex);
		}
		return tool;
	}

	private SourceDefinition source(JobFields source) {
		String kind = source.oneOf("kind", null, Set.of("folder", "sftp", "database"));
		SourceDefinition definition = switch (kind) {
			case "folder" -> new SourceDefinition.Folder(path(source, "path"), source.duration("settle", "10m"));
			case "sftp" -> new SourceDefinition.Sftp(source.text("host"), source.port("port", 22),
					env(source, "username-env"), env(source, "private-key-file-env"), knownHosts(source),
					remotePath(source), source.duration("settle", "10m"));
			default -> new SourceDefinition.Database(env(source, "url-env"), env(source, "username-env"),
					env(source, "password-env"), sqlName(source, "schema"));
		};
		source.refuseUnknownFields();
		return definition;
	}

	private JobSchedule schedule(JobFields schedule) {
		String cronText = schedule.text("cron");
		CronExpression cron;
		try {
			cron = CronExpression.parse(cronText);
		}
		catch (IllegalArgumentException ex) {
			throw schedule.error("cron", "'" + cronText + "' is not a cron expression (six fields: second minute "
					+ "hour day month weekday): " + ex.getMessage());
		}
		String zoneText = schedule.text("zone", "Europe/London");
		ZoneId zone;
		try {
			zone = ZoneId.of(zoneText);
		}
		catch (DateTimeException ex) {
			throw schedule.error("zone", "'" + zoneText + "' is not a known time zone (e.g. Europe/London)");
		}
		schedule.oneOf("period", "previous-month", Set.of("previous-month"));
		boolean runOnce = schedule.oneOf("missed", "run-once", Set.of("run-once", "skip")).equals("run-once");
		var wait = schedule.duration("wait-for-drop", "7d");
		schedule.refuseUnknownFields();
		return new JobSchedule(cronText, cron, zone, runOnce, wait);
	}

	private Path knownHosts(JobFields source) {
		Path file = path(source, "known-hosts-file");
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw source.error("known-hosts-file", "'" + source.text("known-hosts-file") + "' is not a readable file ("
					+ file + ")");
		}
		return file;
	}

	private static String remotePath(JobFields source) {
		String path = source.text("path");
		if (path.contains("..") || path.chars().anyMatch(c -> c < 0x20)) {
			throw source.error("path", "'" + path + "' must be a plain folder path on the server (no '..')");
		}
		return path;
	}

	private static String env(JobFields fields, String field) {
		String value = fields.text(field);
		if (!ENV_NAME.matcher(value).matches()) {
			throw fields.error(field, "'" + value + "' is not the name of an environment variable");
		}
		return value;
	}

	private static String sqlName(JobFields fields, String field) {
		String value = fields.text(field);
		if (!SQL_NAME.matcher(value).matches()) {
			throw fields.error(field, "'" + value + "' is not a plain schema name (letters, digits and '_')");
		}
		return value;
	}

	/** A path of the job file, relative to the job file's folder. */
	private Path path(JobFields fields, String field) {
		String value = fields.text(field);
		try {
			return this.file.toAbsolutePath().getParent().resolve(value).normalize();
		}
		catch (InvalidPathException ex) {
			throw fields.error(field, "'" + value + "' is not a path");
		}
	}
}
