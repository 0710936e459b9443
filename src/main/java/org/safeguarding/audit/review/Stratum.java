package org.safeguarding.audit.review;

import java.util.Comparator;

import org.safeguarding.audit.audit.ByteOrder;
import org.safeguarding.audit.audit.Grade;

/**
 * One group of a sample's eligible cases: a team, or a team and grade ({@code grade} null when
 * the strata are teams). Strata are ordered by team in byte order, then grade in the order GOOD,
 * REQUIRES_IMPROVEMENT, INADEQUATE: the order every tie of the allocation is broken in.
 */
public record Stratum(String team, Grade grade) implements Comparable<Stratum> {

	private static final Comparator<Stratum> ORDER = Comparator.comparing(Stratum::team, ByteOrder.UTF8)
		.thenComparing(Stratum::grade, Comparator.nullsFirst(Comparator.naturalOrder()));

	static Stratum of(EligibleCase eligible, StratumKind kind) {
		return new Stratum(eligible.team(), (kind == StratumKind.TEAM) ? null : eligible.grade());
	}

	/** How the stratum is shown: {@code North}, or {@code North / GOOD}. */
	public String label() {
		return (this.grade == null) ? this.team : this.team + " / " + this.grade;
	}

	@Override
	public int compareTo(Stratum other) {
		return ORDER.compare(this, other);
	}
}
