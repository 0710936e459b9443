package org.safeguarding.audit.scale;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.amqp.health.RabbitHealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.config.EnableIntegration;

/**
 * The broker, for managers and workers alike, from Spring Boot's {@code spring.rabbitmq.*}
 * settings (host, port or addresses, user name, password, virtual host), and the durable queue of
 * partition requests (declared by whichever side connects first). Boot's own RabbitMQ
 * configuration is left out (application.properties), so that a process without scale-out has no
 * broker connection, and no health check of one; this is imported by the manager's and the
 * worker's configurations only, never found by the component scan.
 */
@EnableIntegration
@EnableConfigurationProperties(RabbitProperties.class)
class ScaleOutMessaging {

	@Bean(destroyMethod = "destroy")
	CachingConnectionFactory rabbitConnectionFactory(RabbitProperties rabbit) {
		CachingConnectionFactory connections = new CachingConnectionFactory();
		connections.setAddresses(String.join(",", rabbit.determineAddresses()));
		connections.setUsername(rabbit.determineUsername());
		connections.setPassword(rabbit.determinePassword());
		if (rabbit.determineVirtualHost() != null) {
			connections.setVirtualHost(rabbit.determineVirtualHost());
		}
		return connections;
	}

	@Bean
	RabbitTemplate rabbitTemplate(CachingConnectionFactory rabbitConnectionFactory) {
		return new RabbitTemplate(rabbitConnectionFactory);
	}

	@Bean
	RabbitAdmin rabbitAdmin(CachingConnectionFactory rabbitConnectionFactory) {
		return new RabbitAdmin(rabbitConnectionFactory);
	}

	/** In {@code /actuator/health} of a manager or worker: the broker is part of its runs. */
	@Bean
	RabbitHealthIndicator rabbitHealthIndicator(RabbitTemplate rabbitTemplate) {
		return new RabbitHealthIndicator(rabbitTemplate);
	}

	@Bean
	Queue partitionQueue(ScaleOutProperties properties) {
		return new Queue(properties.queue(), true);
	}
}
