package org.safeguarding.audit.scale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker process ({@code worker}): takes partition requests from the broker's queue, one per
 * thread at a time ({@code audit.scale-out.worker-threads}), and carries them out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("audit.scale-out.worker")
@Import(ScaleOutMessaging.class)
class WorkerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WorkerConfiguration.class);

	@Bean
	PartitionWorker partitionWorker(JobRepository jobRepository, BeanFactory beanFactory, DataSource dataSource) {
		BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
		steps.setBeanFactory(beanFactory);
		return new PartitionWorker(jobRepository, steps, dataSource);
	}

	@Bean
	IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, ScaleOutProperties properties,
			PartitionWorker worker) {
		// Prefetch 1: a worker holds only the request it is carrying out, so the others take the rest;
		// the request is acknowledged when its partition has ended.
		return IntegrationFlow
			.from(Amqp.inboundAdapter(connectionFactory, properties.queue())
				.configureContainer(container -> container.prefetchCount(1)
					.concurrentConsumers(properties.workerThreads())))
			.handle(String.class, (text, headers) -> {
				PartitionRequest request;
				try {
					request = PartitionRequest.parse(text);
				}
				catch (IllegalArgumentException ex) {
					log.warn("Message on queue {} dropped: {}", properties.queue(), ex.getMessage());
					return null;
				}
				worker.carryOut(request);
				return null;
			})
			.get();
	}
}
