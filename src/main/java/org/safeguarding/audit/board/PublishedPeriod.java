package org.safeguarding.audit.board;

import java.time.Instant;
import java.time.YearMonth;

/** A period with a published board pack: its newest pack's run and version, and when it was published. */
public record PublishedPeriod(YearMonth period, String label, long runId, int packVersion, Instant publishedAt) {
}
