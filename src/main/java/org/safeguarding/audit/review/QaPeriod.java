package org.safeguarding.audit.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.safeguarding.audit.audit.AuditPeriod;
import org.safeguarding.audit.audit.AuditTool;

/**
 * A published period as the QA officers' pages show it: the tool, the newest published run of
 * it for the period (whose cases are the period's audited cases), the console's run that
 * published it (null for a run from the command line without one) and the tool definition it was
 * scored by.
 */
record QaPeriod(YearMonth period, AuditTool tool, long auditRunId, Long consoleRunId, long loadId, int cases,
		OffsetDateTime publishedAt) {

	public String month() {
		return this.period.toString();
	}

	/** The day the period is audited as at: its last day. */
	public LocalDate auditDate() {
		return new AuditPeriod(this.period).auditDate();
	}
}
