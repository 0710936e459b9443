package org.safeguarding.audit.scale;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * One drop's work spread over worker processes (docs/scaling.md).
 *
 * @param workers partitions of each load and scoring step, sent to worker processes over the
 * broker ({@code spring.rabbitmq.*}); 0 (the default) keeps every partition on this process's
 * own threads and loads nothing of AMQP
 * @param worker this process carries out partitions sent by managers (the {@code worker} command)
 * @param queue the broker's queue of partition requests, shared by a manager and its workers
 * @param poll how often a manager reads the job repository for its partitions' progress
 * @param workerThreads partitions a worker process carries out at once
 */
@Validated
@ConfigurationProperties("audit.scale-out")
public record ScaleOutProperties(@DefaultValue("0") @Min(0) @Max(256) int workers,
		@DefaultValue("false") boolean worker,
		@DefaultValue("audit.partitions") @Pattern(regexp = "[A-Za-z0-9._-]{1,200}", message = "must be 1 to 200 letters, digits, '.', '_' or '-'") String queue,
		@DefaultValue("1s") Duration poll, @DefaultValue("1") @Min(1) @Max(64) int workerThreads) {
}
