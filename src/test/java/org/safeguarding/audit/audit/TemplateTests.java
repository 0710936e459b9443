package org.safeguarding.audit.audit;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TemplateTests {

	@Test
	void fillsNamedPlaceholders() {
		Template template = Template.parse("GP told {date}, {days} days after referral {referral}");
		assertThat(template.render(Map.of("date", "2026-06-19", "days", "4", "referral", "2026-06-15")))
			.isEqualTo("GP told 2026-06-19, 4 days after referral 2026-06-15");
	}

	@Test
	void valuesAreTakenLiterally() {
		assertThat(Template.parse("reason: {reason}").render(Map.of("reason", "cost $5 \\ {date}")))
			.isEqualTo("reason: cost $5 \\ {date}");
	}

	@Test
	void namesThePlaceholdersItDoesNotKnowInOrderOfUse() {
		Template template = Template.parse("{b} {a} {c} {b}");
		assertThat(template.unknown(Set.of("a"))).containsExactly("b", "c");
		assertThat(template.unknown(Set.of("a", "b", "c"))).isEmpty();
	}

	@Test
	void sentenceWithoutPlaceholdersIsFine() {
		assertThat(Template.parse("no CP plan").render(Map.of())).isEqualTo("no CP plan");
	}

	@Test
	void strayBracesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Template.parse("told {date"));
		assertThatIllegalArgumentException().isThrownBy(() -> Template.parse("told date}"));
		assertThatIllegalArgumentException().isThrownBy(() -> Template.parse("told { date }"));
	}

	@Test
	void missingValueIsABug() {
		assertThatIllegalStateException().isThrownBy(() -> Template.parse("{date}").render(Map.of()))
			.withMessageContaining("{date}");
	}
}
