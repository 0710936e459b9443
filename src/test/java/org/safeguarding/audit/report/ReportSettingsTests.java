package org.safeguarding.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.audit.report.RagThresholds.Rag;

class ReportSettingsTests {

	@Test
	void defaultsSuppressAtFiveWithTheWeightTwoCriteriaAsHeadlines() {
		ReportSettings settings = ReportSettings.defaults("Midshire");
		assertThat(settings.suppressionThreshold()).isEqualTo(5);
		assertThat(settings.suppression().isOn()).isTrue();
		assertThat(settings.headlineCriteria()).containsExactly("FATHER_IDENTIFIED", "MEN_ASSESSED", "BRUISING_RESPONSE");
		assertThat(settings.rag()).isEqualTo(new RagThresholds(90, 70));
	}

	@Test
	void missingHeadlinesAndThresholdsFallBackToDefaults() {
		ReportSettings settings = new ReportSettings("Midshire", 0, List.of(), null);
		assertThat(settings.headlineCriteria()).isEqualTo(ReportSettings.DEFAULT_HEADLINE_CRITERIA);
		assertThat(settings.suppression().isOn()).isFalse();
	}

	@Test
	void anEmptyHeadlineSettingMeansTheToolsOwnHeadlines() {
		assertThat(new ReportProperties("Midshire", 5, List.of("")).headlineCriteria()).isEmpty();
		assertThat(new ReportProperties("Midshire", 5, List.of(" GP_INFORMED ", "")).headlineCriteria())
			.containsExactly("GP_INFORMED");
	}

	@Test
	void badSettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportSettings.defaults(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportSettings("M", -1, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new RagThresholds(70, 90));
	}

	@Test
	void ragRatesThePublishedPercentageAtTheThresholds() {
		RagThresholds rag = RagThresholds.DEFAULT;
		assertThat(rag.rate(new BigDecimal("90.0"))).isEqualTo(Rag.GREEN);
		assertThat(rag.rate(new BigDecimal("89.9"))).isEqualTo(Rag.AMBER);
		assertThat(rag.rate(new BigDecimal("70.0"))).isEqualTo(Rag.AMBER);
		assertThat(rag.rate(new BigDecimal("69.9"))).isEqualTo(Rag.RED);
		assertThat(new RagThresholds(95, 80).rate(new BigDecimal("90.0"))).isEqualTo(Rag.AMBER);
	}
}
