package org.safeguarding.audit.audit;

/** What one criterion found for one case, with the points it earns towards the case score. */
public enum Outcome {

	MET(2), PARTLY_MET(1), NOT_MET(0),
	/** Left out of the score altogether (its points are never used). */
	NOT_APPLICABLE(0);

	private final int points;

	Outcome(int points) {
		this.points = points;
	}

	public int points() {
		return this.points;
	}

	public boolean applicable() {
		return this != NOT_APPLICABLE;
	}
}
