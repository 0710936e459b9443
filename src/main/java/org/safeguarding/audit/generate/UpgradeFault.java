package org.safeguarding.audit.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A data-quality problem that comes back every year: each October the health-visiting system is
 * upgraded, and that month's extract writes some of its event dates with two-digit years
 * ({@code 05/10/26}). Those rows are rejected, so October's pack shows many more rejected rows,
 * and the visits they record are missing from October's audit (they are back in November's). Only
 * a drop asked to have bad rows has it: a clean drop stays clean.
 */
final class UpgradeFault {

	static final Month MONTH = Month.OCTOBER;

	/** The share of the health-visiting rows whose date is written wrongly. */
	static final double SHARE = 0.3;

	private static final DateTimeFormatter TWO_DIGIT_YEAR = DateTimeFormatter.ofPattern("dd/MM/yy");

	private UpgradeFault() {
	}

	static boolean strikes(YearMonth period, double badRowRate) {
		return badRowRate > 0 && period.getMonth() == MONTH;
	}

	/**
	 * The baby's rows as the faulty extract writes them. A row whose id a bad row repeats as a
	 * duplicate is left as it is: the duplicate must follow a row that loads.
	 */
	static List<Row> apply(Draw draw, List<Row> rows, Set<String> duplicated) {
		List<Row> written = new ArrayList<>(rows.size());
		for (Row row : rows) {
			boolean broken = row.file() == DropFile.EVENTS_HEALTH_VISITING && !duplicated.contains(row.id())
					&& draw.chance(SHARE);
			written.add(broken ? row.with("evnt_event_date", twoDigitYear(row)) : row);
		}
		return written;
	}

	private static String twoDigitYear(Row row) {
		String date = row.fields().get(row.file().column("evnt_event_date"));
		LocalDate parsed = date.contains("/") ? LocalDate.parse(date, DateTimeFormatter.ofPattern("dd/MM/yyyy"))
				: LocalDate.parse(date);
		return parsed.format(TWO_DIGIT_YEAR);
	}
}
