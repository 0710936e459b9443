package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.audit.report.BoardPackData.GradeCount;
import org.safeguarding.audit.stats.Suppression;

/** The cover's grade distribution: cases per grade and share, suppressed as one row with its total. */
final class GradeDistribution {

	static final List<String> GRADES = List.of("GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");

	private static final List<String> LABELS = List.of("Good", "Requires improvement", "Inadequate");

	record GradeRow(String grade, String cases, String share) {
	}

	record Result(List<GradeRow> rows, String casesAudited) {
	}

	private GradeDistribution() {
	}

	static Result of(List<GradeCount> counts, Suppression suppression) {
		long[] cells = new long[GRADES.size() + 1];
		for (GradeCount count : counts) {
			int i = GRADES.indexOf(count.grade());
			if (i < 0) {
				throw new IllegalStateException("Unknown grade " + count.grade());
			}
			cells[i] = count.cases();
			cells[GRADES.size()] += count.cases();
		}
		long total = cells[GRADES.size()];
		boolean[] hidden = suppression.row(cells);
		boolean totalHidden = hidden[GRADES.size()];
		List<GradeRow> rows = new ArrayList<>();
		for (int i = 0; i < GRADES.size(); i++) {
			rows.add(new GradeRow(LABELS.get(i), Figures.count(cells[i], hidden[i]),
					Figures.pct(cells[i], total, hidden[i] || totalHidden)));
		}
		String casesAudited = Figures.count(total, totalHidden);
		rows.add(new GradeRow("All cases audited", casesAudited, Figures.pct(total, total, totalHidden)));
		return new Result(rows, casesAudited);
	}
}
