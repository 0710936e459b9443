package org.safeguarding.audit.scale;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A process that runs audits with {@code audit.scale-out.workers} set: its load and scoring
 * partitions go to the broker's queue as {@link PartitionRequest}s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ManagerCondition.class)
@Import(ScaleOutMessaging.class)
class ManagerConfiguration {

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate rabbitTemplate,
			ScaleOutProperties properties) {
		return IntegrationFlow.from(partitionRequests)
			.transform(StepExecutionRequest.class, request -> PartitionRequest.of(request).text())
			.handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(properties.queue()))
			.get();
	}

	@Bean
	RemotePartitions remotePartitions(JobRepository jobRepository, DirectChannel partitionRequests,
			ScaleOutProperties properties) {
		return new RemotePartitions(jobRepository, partitionRequests, properties);
	}
}
