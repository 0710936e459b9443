package org.safeguarding.audit.review;

/** How a sample's cases are grouped before places are shared out: by team, or by team and grade. */
public enum StratumKind {

	TEAM, TEAM_AND_GRADE;

	/** The kind named exactly, the default ({@link #TEAM}) when the field is empty. */
	public static StratumKind parse(String value) {
		if (value == null || value.isBlank()) {
			return TEAM;
		}
		return Inputs.oneOf("strata", StratumKind.class, value.strip());
	}
}
