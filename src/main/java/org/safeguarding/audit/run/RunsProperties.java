package org.safeguarding.audit.run;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the run engine takes queued runs.
 *
 * @param concurrent runs this instance carries out at once (each uses the load and score
 * partitions' threads and connections)
 * @param poll how often the queue is looked at (a run queued by this instance is taken at once)
 * @param dropRetry how often a scheduled run waiting for its drop looks again
 */
@Validated
@ConfigurationProperties("audit.runs")
public record RunsProperties(@DefaultValue("1") @Min(1) @Max(16) int concurrent, @DefaultValue("2s") Duration poll,
		@DefaultValue("1h") Duration dropRetry) {
}
