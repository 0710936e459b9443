package org.safeguarding.audit.audit;

import java.util.Objects;

/** A child in the cohort of one period: its case id, team, current episode and whole case file. */
public record AuditCase(String caseId, String team, AuditPeriod period, CaseFile.Episode currentEpisode,
		CaseFile file) {

	public AuditCase {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(currentEpisode, "currentEpisode");
		Objects.requireNonNull(file, "file");
	}
}
