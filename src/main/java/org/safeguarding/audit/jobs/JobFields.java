package org.safeguarding.audit.jobs;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One mapping of a job file, read field by field: every problem is a
 * {@link JobDefinitionException} naming the file, the field (dotted: {@code schedule.cron}) and
 * the value; what was read is remembered so that unknown fields are refused, not ignored.
 */
final class JobFields {

	private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");

	private final JsonNode node;

	private final String file;

	private final String path;

	private final Set<String> read = new LinkedHashSet<>();

	JobFields(JsonNode node, String file, String path) {
		this.node = node;
		this.file = file;
		this.path = path;
	}

	JobDefinitionException error(String field, String problem) {
		return new JobDefinitionException(this.file + ": " + this.path + field + " " + problem);
	}

	boolean has(String field) {
		this.read.add(field);
		return this.node.has(field) && !this.node.get(field).isNull();
	}

	String text(String field) {
		if (!has(field)) {
			throw error(field, "is missing");
		}
		JsonNode value = this.node.get(field);
		if (!value.isValueNode() || value.asString().isBlank()) {
			throw error(field, "must be a non-empty text (was " + value + ")");
		}
		return value.asString().strip();
	}

	String text(String field, String fallback) {
		return has(field) ? text(field) : fallback;
	}

	/** A text that must be one of {@code allowed} (exactly, as written in jobs.md). */
	String oneOf(String field, String fallback, Set<String> allowed) {
		String value = text(field, fallback);
		if (!allowed.contains(value)) {
			throw error(field, "'" + value + "' is not one of " + new TreeSet<>(allowed));
		}
		return value;
	}

	int port(String field, int fallback) {
		if (!has(field)) {
			return fallback;
		}
		JsonNode value = this.node.get(field);
		if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > 65535) {
			throw error(field, "'" + value.asString() + "' is not a port number (1 to 65535)");
		}
		return value.intValue();
	}

	/** A duration written as a whole number and a unit: {@code 30s}, {@code 10m}, {@code 1h}, {@code 7d}. */
	Duration duration(String field, String fallback) {
		String value = text(field, fallback);
		Matcher m = DURATION.matcher(value);
		if (!m.matches()) {
			throw error(field, "'" + value + "' is not a duration (a whole number and s, m, h or d, e.g. 10m or 7d)");
		}
		long amount = Long.parseLong(m.group(1));
		return switch (m.group(2)) {
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
	}

	JobFields object(String field) {
		if (!has(field)) {
			throw error(field, "is missing");
		}
		JsonNode value = this.node.get(field);
		if (!value.isObject()) {
			throw error(field, "must be a mapping of fields");
		}
		return new JobFields(value, this.file, this.path + field + ".");
	}

	/** Refuses every field that nothing has read: a typo would otherwise be silently ignored. */
	void refuseUnknownFields() {
		for (String field : this.node.propertyNames()) {
			if (!this.read.contains(field)) {
				throw error(field, "is not a known field here (known: " + String.join(", ", this.read) + ")");
			}
		}
	}
}
