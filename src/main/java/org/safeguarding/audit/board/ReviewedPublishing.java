package org.safeguarding.audit.board;

import java.time.YearMonth;

/**
 * Publishes a period's board pack again with the QA officers' reviewed figures (qa-review.md): a
 * new version of the pack, earlier versions kept. The run engine provides it, since publishing
 * needs the run's audit tool.
 */
public interface ReviewedPublishing {

	/**
	 * Publishes the period's newest run's pack with the reviewed figures and returns the new version.
	 * @throws IllegalStateException with a message for the QA officer when it cannot be published
	 */
	PackVersion publishReviewed(YearMonth period, String publishedBy);
}
