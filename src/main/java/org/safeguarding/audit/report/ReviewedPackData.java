package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.audit.audit.CriterionSummary;
import org.safeguarding.audit.audit.Grade;
import org.safeguarding.audit.audit.Outcome;
import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.GradeCount;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.report.BoardPackData.TeamCounts;

/**
 * A run's pack data with the reviewed figures in place of the automated ones: the criteria, the
 * run's own month of each trend, the teams' counts (each reviewed outcome moved within its case's
 * team) and the grades. Earlier months, the drop's counts and rejections are the run's as they were.
 */
final class ReviewedPackData {

	private ReviewedPackData() {
	}

	static BoardPackData of(BoardPackData data, ReviewedCounts reviewed) {
		Map<String, CriterionSummary> summaries = new HashMap<>();
		reviewed.criteria().forEach(s -> summaries.put(s.criterion(), s));
		List<CriterionCounts> criteria = data.criteria().stream().map(c -> {
			CriterionSummary s = summaries.getOrDefault(c.criterion(), null);
			return (s == null) ? c : new CriterionCounts(c.criterionSeq(), c.criterion(), c.title(), s.applicable(), s.met(),
					s.partlyMet(), s.notMet(), s.compliancePct(), s.ciLowPct(), s.ciHighPct());
		}).toList();
		String period = data.run().period();
		List<PeriodCounts> history = data.history().stream().map(h -> {
			CriterionSummary s = summaries.get(h.criterion());
			return (s == null || !h.period().strip().equals(period.strip())) ? h
					: new PeriodCounts(h.period(), h.criterionSeq(), h.criterion(), s.applicable(), s.met(), s.partlyMet(),
							s.notMet());
		}).toList();
		List<GradeCount> grades = new ArrayList<>();
		for (Grade grade : Grade.values()) {
			int cases = reviewed.grades().getOrDefault(grade, 0);
			if (cases > 0) {
				grades.add(new GradeCount(grade.name(), cases));
			}
		}
		return new BoardPackData(data.run(), criteria, history, teams(data.teams(), reviewed.moves()), grades,
				data.tables(), data.reasons(), data.warnings());
	}

	/** Each team's counts with every reviewed outcome moved from its automated bucket to its reviewed one. */
	static List<TeamCounts> teams(List<TeamCounts> teams, List<ReviewedCounts.Move> moves) {
		Map<String, long[]> counts = new HashMap<>();
		for (TeamCounts t : teams) {
			counts.put(t.team() + "\u0000" + t.criterion(), new long[] { t.met(), t.partlyMet(), t.notMet() });
		}
		for (ReviewedCounts.Move move : moves) {
			long[] c = counts.get(move.team() + "\u0000" + move.criterion());
			if (c != null) {
				add(c, move.automated(), -1);
				add(c, move.reviewed(), 1);
			}
		}
		return teams.stream().map(t -> {
			long[] c = counts.get(t.team() + "\u0000" + t.criterion());
			return new TeamCounts(t.team(), t.criterionSeq(), t.criterion(), c[0] + c[1] + c[2], c[0], c[1], c[2]);
		}).toList();
	}

	private static void add(long[] counts, Outcome outcome, int by) {
		switch (outcome) {
			case MET -> counts[0] += by;
			case PARTLY_MET -> counts[1] += by;
			case NOT_MET -> counts[2] += by;
			default -> {
			}
		}
	}
}
