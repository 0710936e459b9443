package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.report.AuditHistory.Criterion;
import org.safeguarding.audit.report.AuditHistory.Outcome;
import org.safeguarding.audit.report.AuditHistory.Team;

/**
 * How many of a team's cases meet each criterion in each month of the generated history: the
 * first round(p × applicable) cases are MET, half the rest PARTLY_MET, the others NOT_MET.
 */
final class OutcomeProfile {

	private OutcomeProfile() {
	}

	/** @param month 0 for 2025-10 … 12 for 2026-10, 13 for 2026-11; a decoy run has everything met for FATHER_IDENTIFIED */
	static List<Outcome> outcomes(int month, boolean decoy) {
		String period = AuditHistory.FIRST.plusMonths(month).toString();
		List<Outcome> outcomes = new ArrayList<>();
		for (Team team : AuditHistory.TEAMS) {
			for (int i = 0; i < team.cases(); i++) {
				String caseId = AuditHistory.caseId(period, team, i);
				for (Criterion criterion : AuditHistory.CRITERIA) {
					outcomes.add(new Outcome(caseId, team.name(), criterion, outcome(criterion, team, month, decoy, i)));
				}
			}
		}
		return outcomes;
	}

	static String outcome(Criterion criterion, Team team, int month, boolean decoy, int i) {
		int applicable = applicable(criterion, team);
		if (i >= applicable) {
			return "NOT_APPLICABLE";
		}
		double p = decoy && criterion.seq() == 1 ? 1.0 : met(criterion, team, month);
		long met = Math.round(p * applicable);
		long partly = Math.round(0.5 * (applicable - met));
		return i < met ? "MET" : i < met + partly ? "PARTLY_MET" : "NOT_MET";
	}

	static int applicable(Criterion criterion, Team team) {
		int n = team.cases();
		return switch (criterion.code()) {
			case "MEN_ASSESSED" -> team.name().equals("Hospital") ? 0 : (int) Math.round(0.8 * n);
			case "BRUISING_RESPONSE" -> List.of("North", "South", "East").contains(team.name()) ? 1 : 0;
			case "DA_RISK_ASSESSED" -> (int) Math.round(0.5 * n);
			case "PLAN_SHARED" -> (int) Math.round(0.3 * n);
			default -> n;
		};
	}

	static double met(Criterion criterion, Team team, int month) {
		return switch (criterion.code()) {
			case "FATHER_IDENTIFIED" -> 0.40 + 0.04 * month;
			case "MEN_ASSESSED" -> team.name().equals("West") ? 0.30 : 0.85;
			case "HOUSEHOLD_VERIFIED" -> month == 8 ? 0.25 : 0.80;
			case "GP_INFORMED" -> month == 12 ? 0.90 : month == 11 ? 0.40 : 0.60;
			case "BRUISING_RESPONSE" -> team.name().equals("East") ? 0.0 : 1.0;
			case "SAFE_SLEEP" -> 0.95;
			case "CRYING_ADVICE" -> 0.72;
			default -> month % 2 == 0 ? 0.78 : 0.72;
		};
	}
}
