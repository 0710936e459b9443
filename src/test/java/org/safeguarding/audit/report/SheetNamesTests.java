package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SheetNamesTests {

	@Test
	void forbiddenCharactersAreReplacedAndLongNamesCut() {
		assertThat(SheetNames.clean("Child in Need [North]/East?")).isEqualTo("Child in Need -North--East-");
		assertThat(SheetNames.clean("A very long team name that Excel would refuse")).hasSize(31);
		assertThat(SheetNames.clean("  ")).isEqualTo("Sheet");
		assertThat(SheetNames.clean("'Quoted'")).isEqualTo("Quoted");
	}

	@Test
	void namesAreUniqueIgnoringCase() {
		assertThat(SheetNames.of(List.of("Inadequate cases", "North", "north", "North")))
			.containsExactly("Inadequate cases", "North", "north (2)", "North (3)");
	}
}
