package org.safeguarding.audit.jobs;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a pull from an SFTP server or a database waits before it gives up, so a server that
 * stops answering fails the pull (and the run says why) instead of holding it for ever.
 *
 * @param connectTimeout to open the connection ({@code AUDIT_SOURCES_CONNECT_TIMEOUT})
 * @param authTimeout to agree keys and sign in
 * @param readTimeout for each answer of the server once connected: a directory listing, a block
 * of a file, a batch of rows (the first batch of a table waits for the database to sort it)
 */
@Validated
@ConfigurationProperties("audit.sources")
public record SourcesProperties(@DefaultValue("30s") @DurationMin(seconds = 1) Duration connectTimeout,
		@DefaultValue("30s") @DurationMin(seconds = 1) Duration authTimeout,
		@DefaultValue("5m") @DurationMin(seconds = 1) Duration readTimeout) {
}
