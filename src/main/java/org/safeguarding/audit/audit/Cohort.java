package org.safeguarding.audit.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/** Decides which children a period audits, and picks each one's current episode and team. */
public final class Cohort {

	/** The oldest a born baby may be at the audit date, in days. */
	static final int MAX_AGE_DAYS = 364;

	private static final String UNALLOCATED = "Unallocated";

	private static final Comparator<CaseFile.Episode> CURRENT_LAST = Comparator
		.comparing(CaseFile.Episode::referralDate)
		.thenComparing(CaseFile.Episode::referralId, ByteOrder.UTF8);

	private Cohort() {
	}

	/** The child's case for this period, or empty when it is not a baby with a qualifying episode. */
	public static Optional<AuditCase> select(CaseFile file, AuditPeriod period) {
		if (!isBaby(file.child(), period.auditDate())) {
			return Optional.empty();
		}
		return file.episodes()
			.stream()
			.filter((episode) -> qualifies(episode, period))
			.max(CURRENT_LAST)
			.map((current) -> new AuditCase(file.child().id(), team(current), period, current, file));
	}

	static boolean qualifies(CaseFile.Episode episode, AuditPeriod period) {
		return !episode.referralDate().isAfter(period.auditDate())
				&& (episode.closeDate() == null || !episode.closeDate().isBefore(period.start()));
	}

	static boolean isBaby(CaseFile.Person child, LocalDate auditDate) {
		LocalDate dob = child.dob();
		boolean born = dob != null && !dob.isAfter(auditDate);
		if (born) {
			return ChronoUnit.DAYS.between(dob, auditDate) <= MAX_AGE_DAYS;
		}
		return dob != null || child.expectedDob() != null;
	}

	private static String team(CaseFile.Episode episode) {
		// The extract reader already maps an empty team to Unallocated; this keeps hand-built files honest.
		return (episode.team() == null || episode.team().isBlank()) ? UNALLOCATED : episode.team();
	}
}
