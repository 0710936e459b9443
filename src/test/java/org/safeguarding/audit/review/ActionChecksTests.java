package org.safeguarding.audit.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case id names a case only where it stands as a word of its own. */
class ActionChecksTests {

	@Test
	void aWordOfItsOwn() {
		assertThat(ActionChecks.standsAlone("follow up c001 with the gp", "c001")).isTrue();
		assertThat(ActionChecks.standsAlone("c001", "c001")).isTrue();
		assertThat(ActionChecks.standsAlone("(c001)", "c001")).isTrue();
		assertThat(ActionChecks.standsAlone("see c0010, then c001.", "c001")).isTrue();
	}

	@Test
	void insideAnotherWordOrNumber() {
		assertThat(ActionChecks.standsAlone("review c0010", "c001")).isFalse();
		assertThat(ActionChecks.standsAlone("xc001", "c001")).isFalse();
		assertThat(ActionChecks.standsAlone("teams 12 and 120", "2")).isFalse();
		assertThat(ActionChecks.standsAlone("caféc001", "c001")).isFalse();
	}
}
