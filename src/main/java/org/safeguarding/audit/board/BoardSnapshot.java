package org.safeguarding.audit.board;

import java.time.Instant;

/**
 * One publication of a run's board pack: the run, which publication of it this is (1 the
 * first; publishing the run again adds the next), when, and its figures.
 */
public record BoardSnapshot(long runId, int packVersion, Instant publishedAt, BoardFigures figures) {
}
