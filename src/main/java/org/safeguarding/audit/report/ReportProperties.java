package org.safeguarding.audit.report;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the board outputs are published.
 *
 * @param partnershipName the partnership named on the board pack's cover
 * @param suppressionThreshold counts from 1 to this are shown as {@code c} on board outputs (0 turns it off)
 * @param headlineCriteria criteria compared across teams; empty means the tool's criteria of weight 2 or more
 */
@Validated
@ConfigurationProperties("audit.report")
public record ReportProperties(@DefaultValue("Demo Safeguarding Children Partnership") @NotBlank String partnershipName,
		@DefaultValue("5") @Min(0) int suppressionThreshold, @DefaultValue("") List<String> headlineCriteria) {

	public ReportProperties {
		// An empty setting binds as one empty name, which would hide the tool's default criteria.
		headlineCriteria = (headlineCriteria == null) ? List.of()
				: headlineCriteria.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
	}
}
