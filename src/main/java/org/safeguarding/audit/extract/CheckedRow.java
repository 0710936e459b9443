package org.safeguarding.audit.extract;

/**
 * One data line after check 1 of the format (values, codes, dates, date order), ready to insert
 * or to report as rejected.
 *
 * @param line the physical line (header = 1) where the record starts
 * @param recordId the trimmed id column value, or null when empty or absent
 * @param values typed values in {@link Table#dbColumns()} order (String, LocalDate, Boolean,
 * String[] for {@code cinf_factors}), defaults applied; null when rejected
 * @param rejectReason null when the row passes, else why it is rejected
 * @param rejectKind null when the row passes, else the {@link RejectionKind} of its reason
 * @param raw the record's exact text, for the rejected-row report
 */
public record CheckedRow(Table table, String fileName, int line, String recordId, Object[] values,
		String rejectReason, String rejectKind, String raw) {

	public boolean rejected() {
		return this.rejectReason != null;
	}

}
