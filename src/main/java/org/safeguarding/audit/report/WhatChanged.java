package org.safeguarding.audit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.audit.report.BoardPackData.CriterionCounts;
import org.safeguarding.audit.report.BoardPackData.PeriodCounts;
import org.safeguarding.audit.stats.Suppression;
import org.safeguarding.audit.stats.TwoProportionTest;

/**
 * "What changed since last month", in words: per criterion, compliance now against the
 * previous audited period, naming only changes a two-proportion test supports (p < 0.05).
 */
final class WhatChanged {

	static final double ALPHA = 0.05;

	static final String NO_CHANGE = "No change the figures can support.";

	record Line(String text) {
	}

	record Result(String heading, List<Line> lines) {
	}

	private WhatChanged() {
	}

	static Result of(String period, List<CriterionCounts> now, List<PeriodCounts> history, Suppression suppression) {
		Optional<String> previous = history.stream()
			.map(PeriodCounts::period)
			.filter(p -> p.compareTo(period) < 0)
			.max(String::compareTo);
		if (previous.isEmpty()) {
			return new Result("What changed since last month",
					List.of(new Line("No earlier audited period of this tool to compare with.")));
		}
		String before = previous.get();
		Map<String, PeriodCounts> then = history.stream()
			.filter(p -> p.period().equals(before))
			.collect(Collectors.toMap(PeriodCounts::criterion, Function.identity()));
		List<Line> lines = new ArrayList<>();
		for (CriterionCounts criterion : now) {
			PeriodCounts old = then.get(criterion.criterion());
			if (old != null) {
				change(criterion, old, before, suppression).ifPresent(lines::add);
			}
		}
		if (lines.isEmpty()) {
			lines.add(new Line(NO_CHANGE));
		}
		return new Result("What changed since " + Figures.month(before), lines);
	}

	private static Optional<Line> change(CriterionCounts now, PeriodCounts old, String before, Suppression suppression) {
		Optional<TwoProportionTest> test = TwoProportionTest.of(old.tally(before), now.tally("now"));
		if (test.isEmpty() || !test.get().significant(ALPHA)) {
			return Optional.empty();
		}
		String direction = test.get().difference() > 0 ? "up" : "down";
		PublishedRow was = PublishedRow.of(old, suppression);
		PublishedRow is = PublishedRow.of(now, suppression);
		String p = Figures.pValue(test.get().pValue());
		if (was.complianceHidden() || is.complianceHidden()) {
			return Optional.of(new Line(now.title() + ": " + direction + " since " + Figures.month(before) + " (" + p
					+ "); percentages not shown because the numbers are small."));
		}
		return Optional.of(new Line(now.title() + ": " + direction + " from " + was.compliance() + " to "
				+ is.compliance() + " (" + p + ")."));
	}
}
