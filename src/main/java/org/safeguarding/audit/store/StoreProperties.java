package org.safeguarding.audit.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDir the data directory; created on first start and kept between runs
 */
@ConfigurationProperties("audit.store")
public record StoreProperties(@DefaultValue("data/postgres") Path dataDir) {
}
