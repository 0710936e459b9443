package org.safeguarding.audit.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms a person id could take in free text: words, and two or three joined by one separator. */
class IdentifierCheckTests {

	@Test
	void eachWordIsACandidateLowerCaseAndSoAreNeighboursJoinedByOneSpace() {
		assertThat(IdentifierCheck.candidates("Follow, then C001!")).containsExactly("follow", "then", "c001", "thenc001");
	}

	@Test
	void wordsJoinedByOneSeparatorAreJoinedUpToThree() {
		assertThat(IdentifierCheck.candidates("C-001")).containsExactly("c", "001", "c001");
		assertThat(IdentifierCheck.candidates("c 0.01")).containsExactly("c", "0", "c0", "01", "001", "c001");
		assertThat(IdentifierCheck.candidates("a/b_c d")).contains("abc", "bcd").doesNotContain("abcd");
	}

	@Test
	void wordsApartByMoreThanOneCharacterOrAnotherSeparatorAreNotJoined() {
		assertThat(IdentifierCheck.candidates("C - 001")).containsExactly("c", "001");
		assertThat(IdentifierCheck.candidates("C,001; C:1")).containsExactly("c", "001", "1");
	}

	@Test
	void anIdInsideALongerWordIsNoCandidate() {
		assertThat(IdentifierCheck.candidates("C10, review")).containsExactly("c10", "review").doesNotContain("c1");
		assertThat(IdentifierCheck.candidates("")).isEmpty();
	}
}
