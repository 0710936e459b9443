package org.safeguarding.audit.run;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.constraints.Min;

import org.safeguarding.audit.audit.AuditToolLoader;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How runs are carried out.
 *
 * @param tool the audit-tool definition used when a run names none; unset, the tool shipped in
 * the application ("Babies under one"), found wherever the application is started
 * @param scoreChunkSize cases scored per transaction
 * @param loadPartitions files of a drop loaded at once, each on its own thread and connection
 * @param scorePartitions ranges of case ids scored at once, each by its own worker thread with
 * its own connections (the cores PostgreSQL and the scoring share; 1 scores on one thread)
 */
@Validated
@ConfigurationProperties("audit.run")
public record RunProperties(String tool, @DefaultValue("500") @Min(1) int scoreChunkSize,
		@DefaultValue("2") @Min(1) int loadPartitions, @DefaultValue("2") @Min(1) int scorePartitions) {

	/** The shipped tool, read from the application's jar. */
	public static final String DEFAULT_TOOL = AuditToolLoader.CLASSPATH + "jobs/audit-tools/babies-under-one.yml";

	/**
	 * Where the default tool is read from: the setting's file (absolute), or the shipped tool.
	 * @throws IllegalStateException naming the setting when it names no file
	 */
	public String toolLocation() {
		if (this.tool == null || this.tool.isBlank()) {
			return DEFAULT_TOOL;
		}
		Path file = Path.of(this.tool);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("setting audit.run.tool (AUDIT_RUN_TOOL) = '" + this.tool
					+ "': no such file" + (Files.isDirectory(file) ? " (it is a folder)" : ""));
		}
		return file.toAbsolutePath().normalize().toString();
	}
}
