package org.safeguarding.audit.jobs;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Where one job's drops come from. Every kind ends in the same place: the period's drop as CSV
 * files in a local folder, kept so that any run can be repeated from exactly the files it read.
 */
public interface DropSource {

	/**
	 * Whether the source holds anything for {@code period} at all (a folder for the period), ready
	 * or not: what an operator's request for a period without a drop is refused by.
	 */
	boolean hasDropFor(YearMonth period);

	/**
	 * The period's complete drop as a local folder: the folder itself for a {@code folder}
	 * source, else a new folder under {@code pulls} (created here; nothing is left there if the
	 * pull fails).
	 * @throws DropNotReadyException when the drop is not there yet, or not yet complete
	 */
	Path pull(YearMonth period, Path pulls);
}
