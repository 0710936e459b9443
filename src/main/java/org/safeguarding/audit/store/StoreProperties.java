package org.safeguarding.audit.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir the data directory; created on first start and kept between runs. Beside it
 * live {@code <name>.password} (the server's password, readable by its owner only) and
 * {@code <name>.lock} (held by the one run that uses the folder)
 * @param durable whether every commit waits for the disk ({@code fsync} and
 * {@code synchronous_commit} on); false only for throwaway test databases, which a power cut may
 * lose or corrupt
 */
@ConfigurationProperties("audit.store")
public record StoreProperties(@DefaultValue("data/postgres") Path dataDir, @DefaultValue("true") boolean durable) {
}
