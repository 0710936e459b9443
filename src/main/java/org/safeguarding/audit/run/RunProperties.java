package org.safeguarding.audit.run;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How runs are carried out.
 *
 * @param tool the audit-tool definition used when a run names none
 * @param scoreChunkSize cases scored per transaction
 * @param loadPartitions files of a drop loaded at once, each on its own thread and connection
 * @param scorePartitions ranges of case ids scored at once, each by its own worker thread with
 * its own connections (the cores PostgreSQL and the scoring share; 1 scores on one thread)
 */
@Validated
@ConfigurationProperties("audit.run")
public record RunProperties(@DefaultValue("jobs/audit-tools/babies-under-one.yml") String tool,
		@DefaultValue("500") @Min(1) int scoreChunkSize, @DefaultValue("2") @Min(1) int loadPartitions,
		@DefaultValue("2") @Min(1) int scorePartitions) {
}
