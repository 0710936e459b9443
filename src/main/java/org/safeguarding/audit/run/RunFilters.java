package org.safeguarding.audit.run;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The runs list's filters and page, as typed by a user or a script, checked field by field. */
final class RunFilters {

	private RunFilters() {
	}

	static Checked check(String job, String period, String status, String page) {
		String jobValue = blankToNull(job);
		String periodValue = blankToNull(period);
		if (periodValue != null) {
			try {
				if (!periodValue.matches("\\d{4}-\\d{2}")) {
					throw new DateTimeException(periodValue);
				}
				YearMonth.parse(periodValue);
			}
			catch (DateTimeException ex) {
				throw new InvalidRequestException("period", "period '" + period + "' is not a month (YYYY-MM)");
			}
		}
		RunStatus statusValue = null;
		if (blankToNull(status) != null) {
			try {
				statusValue = RunStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("status", "status '" + status + "' is not one of "
						+ Arrays.stream(RunStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
			}
		}
		int pageValue = 1;
		if (blankToNull(page) != null) {
			try {
				pageValue = Integer.parseInt(page.strip());
			}
			catch (NumberFormatException ex) {
				pageValue = 0;
			}
			if (pageValue < 1 || pageValue > 1_000_000) {
				throw new InvalidRequestException("page", "page '" + page + "' is not a page number (1 or more)");
			}
		}
		return new Checked(new RunDetails.RunFilter(jobValue, periodValue, statusValue), pageValue);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Filters and page that passed. */
	record Checked(RunDetails.RunFilter filter, int page) {
	}
}
