package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PagedTests {

	@Test
	void pagesAreAskedForAfterTheLastRowReadUntilAShortPage() {
		List<Integer> asked = new ArrayList<>();
		Paged<Integer> rows = new Paged<>(2, last -> {
			asked.add(last);
			int from = last == null ? 0 : last + 1;
			return from >= 5 ? List.of() : from == 4 ? List.of(4) : List.of(from, from + 1);
		});
		List<Integer> read = new ArrayList<>();
		rows.forEachRemaining(read::add);

		assertThat(read).containsExactly(0, 1, 2, 3, 4);
		assertThat(asked).as("the short page is the last: no query after it").containsExactly(null, 1, 3);
	}

	@Test
	void aFullLastPageIsFollowedByOneEmptyAnswer() {
		List<Integer> asked = new ArrayList<>();
		Paged<Integer> rows = new Paged<>(2, last -> {
			asked.add(last);
			return last == null ? List.of(7, 8) : List.of();
		});
		List<Integer> read = new ArrayList<>();
		rows.forEachRemaining(read::add);

		assertThat(read).containsExactly(7, 8);
		assertThat(asked).containsExactly(null, 8);
		assertThat(rows.hasNext()).isFalse();
	}
}
